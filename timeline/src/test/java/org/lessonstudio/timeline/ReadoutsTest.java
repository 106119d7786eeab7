package org.lessonstudio.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;

/**
 * What a live number and a table of values show: never "Infinity" or "NaN" (a number that cannot
 * be drawn stops the render at the object's line, as any other), and a huge number as a power of
 * ten rather than twenty digits of which only the first sixteen mean anything. Reproductions from
 * the review of issue 11.
 */
class ReadoutsTest {

    private static Figure figure(FrameState frame, String name) {
        return frame.items().stream().filter(i -> i.name().equals(name)).map(Item::figure).findFirst().orElseThrow();
    }

    private static Diagnostic mistake(Timeline timeline, double t) {
        NotDrawable e = assertThrows(NotDrawable.class, () -> timeline.frameAt(t));
        assertTrue(e.placed(), "the lesson line is known");
        return e.diagnostic(timeline.lesson().source());
    }

    @Test
    void aLiveNumberThatIsInfiniteStopsAtItsLine() {
        Timeline timeline = Lessons.timeline("""
                lesson "Far apart"

                scene "One"
                  point A: at (10^308, 10^308)
                  point B: at (-10^308, -10^308)
                  number n: distance(A, B), at top
                  draw n
                """);
        Diagnostic d = mistake(timeline, 1.0);
        assertEquals(6, d.line());
        assertEquals("frame.not-finite", d.code());
        assertTrue(d.message().contains("`n` works out to infinity"), d.message());
    }

    @Test
    void aPointOutsideEveryNumberStopsAtItsLine() {
        Timeline timeline = Lessons.timeline("""
                lesson "Far apart"

                scene "One"
                  point A: at (10^308, 10^308)
                  point B: at (-10^308, -10^308)
                  point M: at A - B
                  draw M
                """);
        Diagnostic d = mistake(timeline, 1.0);
        assertEquals(6, d.line());
        assertTrue(d.message().contains("`M` works out to infinity"), d.message());
    }

    @Test
    void aTableCellThatIsInfiniteStopsAtTheTablesLine() {
        Timeline timeline = Lessons.timeline("""
                lesson "Reciprocals"

                scene "One"
                  table tb: x from 0 to 3, step 0.5, y = 1 / x, decimals 2, at right
                  draw tb
                """);
        Diagnostic d = mistake(timeline, 1.0);
        assertEquals(4, d.line());
        assertTrue(d.message().contains("`tb` works out to infinity"), d.message());
    }

    @Test
    void hugeNumbersAreShownAsPowersOfTen() {
        Timeline timeline = Lessons.timeline("""
                lesson "Big"

                scene "One"
                  value v = 10^20
                  number n: v, at top
                  number m: -v * 1.5, decimals 1, at bottom
                  number k: 123456789, at center
                  table tb: x from 0 to 0.5, step 0.5, y = 10^300 * 10^(x * 10), decimals 2, at right
                  draw n, m, k, tb
                  wait 2s
                """);
        FrameState frame = timeline.frameAt(timeline.duration() - 1);
        assertEquals("1.00 \u00D7 10\u00B2\u2070", ((Figure.Text) figure(frame, "n")).text());
        assertEquals("\u22121.5 \u00D7 10\u00B2\u2070", ((Figure.Text) figure(frame, "m")).text());
        assertEquals("123456789.00", ((Figure.Text) figure(frame, "k")).text());
        List<List<String>> rows = ((Figure.Table) figure(frame, "tb")).rows();
        assertEquals(List.of("0.00", "1.00 \u00D7 10\u00B3\u2070\u2070"), rows.get(0));
        assertEquals(List.of("0.50", "1.00 \u00D7 10\u00B3\u2070\u2075"), rows.get(1));
    }
}

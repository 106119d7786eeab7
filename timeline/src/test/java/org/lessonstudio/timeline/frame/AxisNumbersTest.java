package org.lessonstudio.timeline.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The numbers a teacher sees along an axis: without a step, a step of 1, 2 or 5 times a power of
 * ten that puts a readable handful of numbers along it (never a hundred overlapping, never none);
 * each number written with the decimals its step needs; a given step kept, and told apart when its
 * numbers would touch.
 */
class AxisNumbersTest {

    private static String[] written(double min, double max, double step, double length, boolean across) {
        AxisNumbers numbers = AxisNumbers.of(min, max, step, length, across);
        return Arrays.stream(numbers.values(min, max)).mapToObj(numbers::written).toArray(String[]::new);
    }

    @Test
    void aStepIsChosenThatPutsAReadableHandfulAlongTheAxis() {
        // The tester's axes: x from 0 to 100 over 12 units, y from 0 to 0.05 over 5.
        assertArrayEquals(new String[] {"0", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100"},
                written(0, 100, 0, 12, true));
        assertArrayEquals(new String[] {"0", "0.01", "0.02", "0.03", "0.04", "0.05"}, written(0, 0.05, 0, 5, false));
        // What a step of 1 did well stays: 0 to 10, and −4 to 4.
        assertEquals(1, AxisNumbers.of(0, 10, 0, 11, true).step());
        assertEquals(1, AxisNumbers.of(-4, 4, 0, 9, true).step());
        assertEquals(1, AxisNumbers.of(0, 6, 0, 11, true).step(), "not 0.5: at most 11 ticks");
        assertEquals(2, AxisNumbers.of(-8, 8, 0, 16, true).step());
        // A long range on a short axis: fewer, wider apart.
        assertEquals(500, AxisNumbers.of(0, 2000, 0, 8, true).step());
        assertEquals(1000, AxisNumbers.of(0, 2000, 0, 4, true).step());
        assertEquals(1, AxisNumbers.of(-1, 1, 0, 3, false).step(), 1e-12);
        assertEquals(0.5, AxisNumbers.of(-1, 1, 0, 8, false).step(), 1e-12);
        assertEquals(0.2, AxisNumbers.of(-1, 1, 0, 10, false).step(), 1e-12);
        // About a screen unit or more between ticks: a plane's −2 to 3 over 6 units keeps 1s.
        assertEquals(1, AxisNumbers.of(-2, 3, 0, 6, false).step());
    }

    @Test
    void chosenNumbersNeverTouchAndAreNeverTooMany() {
        for (double range : new double[] {0.003, 0.05, 1, 7, 14, 50, 1200, 86400}) {
            for (double length : new double[] {3, 6, 12}) {
                for (boolean across : new boolean[] {true, false}) {
                    AxisNumbers n = AxisNumbers.of(0, range, 0, length, across);
                    int count = n.values(0, range).length;
                    assertTrue(count >= 2 && count <= 11, range + " over " + length + ": " + count + " numbers");
                    assertFalse(n.crowded(0, range, length, across), range + " over " + length);
                }
            }
        }
    }

    @Test
    void numbersAreWrittenWithTheDecimalsTheStepNeeds() {
        AxisNumbers cents = AxisNumbers.of(0, 1, 0.01, 100, true);
        assertEquals("0.03", cents.written(0.01 + 0.02)); // not 0.030000000000000002
        assertEquals("0.07", cents.written(7 * 0.01));
        AxisNumbers halves = AxisNumbers.of(-2, 2, 0.5, 8, true);
        assertEquals("\u22121.5", halves.written(-1.5));
        assertEquals("1", halves.written(1));
        assertEquals("0", halves.written(-1e-17));
        assertEquals("1200", AxisNumbers.of(0, 1200, 200, 6, false).written(1200));
    }

    @Test
    void theEndOfTheRangeIsAmongTheValues() {
        assertArrayEquals(new double[] {0, 2, 4, 6, 8, 10, 12, 14}, AxisNumbers.of(0, 14, 2, 10, true).values(0, 14));
    }

    @Test
    void aGivenStepIsKeptAndItsCrowdingToldApart() {
        AxisNumbers ones = AxisNumbers.of(0, 100, 1, 12, true);
        assertEquals(1, ones.step());
        assertTrue(ones.crowded(0, 100, 12, true), "100 numbers on 12 units touch");
        assertFalse(AxisNumbers.of(0, 10, 1, 11, true).crowded(0, 10, 11, true));
        assertTrue(AxisNumbers.of(0, 100, 0.001, 12, true).crowded(0, 100, 12, true), "far too many to draw at all");
    }
}

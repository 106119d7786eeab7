package org.lessonstudio.app.check;

import java.util.Locale;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.timeline.CaptionEvent;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.captions.DisplayWidth;

/**
 * Whether a class can read each caption while it is on screen: about 17 characters a second for
 * text written with letters (spaces and punctuation counted, as caption guidelines count them),
 * about 9 for Chinese and other text written in wide characters. A sentence whose caption needs
 * longer than it is shown is a warning naming it, on the timeline from its speech at the lesson's
 * rate.
 */
public final class ReadingSpeed {

    static final double LETTERS_A_SECOND = 17;
    static final double WIDE_A_SECOND = 9;

    private ReadingSpeed() {
    }

    public static void check(Timeline timeline, Diagnostics into) {
        for (ScenePlan scene : timeline.scenes()) {
            for (CaptionEvent caption : scene.captions()) {
                String text = caption.text().strip().replaceAll("\\s+", " ");
                double needed = 0;
                boolean wide = false;
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    boolean w = DisplayWidth.of(cp) == 2;
                    wide |= w;
                    needed += 1 / (w ? WIDE_A_SECOND : LETTERS_A_SECOND);
                    i += Character.charCount(cp);
                }
                double shown = caption.end() - caption.start();
                if (needed > shown + 0.05) {
                    into.warning(caption.say().span(), "caption.reading-speed", seconds(shown), seconds(needed),
                            (int) (wide ? WIDE_A_SECOND : LETTERS_A_SECOND));
                }
            }
        }
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.1f s", s);
    }
}

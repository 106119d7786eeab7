package org.lessonstudio.footage;

import java.util.Locale;

/** The video shapes generation services make: 16:9 and 9:16. */
final class Aspect {

    private Aspect() {
    }

    /** Throws, before anything is sent, when the lesson's video is not 16:9 or 9:16. */
    static void check(String who, ShotRequest shot) throws FootageException {
        double ratio = (double) Math.max(shot.width(), shot.height()) / Math.min(shot.width(), shot.height());
        if (Math.abs(ratio - 16.0 / 9) > 0.02) {
            throw new FootageException(String.format(Locale.ROOT, "%s makes 16:9 or 9:16 video; this lesson is %dx%d"
                    + " (set video: 1920x1080, or take this shot from another provider)", who, shot.width(),
                    shot.height()));
        }
    }
}

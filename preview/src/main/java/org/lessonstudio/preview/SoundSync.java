package org.lessonstudio.preview;

/**
 * Keeps the narration in step with the preview's playhead. The playhead is the clock: on every
 * pulse the sound is started, paused, sped up or moved to where the pictures are, and moved
 * again whenever it has drifted by more than a tenth of a second (after a scrub, a jump, a loop
 * back to the scene's start).
 */
final class SoundSync {

    /** How far sound and pictures may drift apart before the sound is moved. */
    static final double TOLERANCE = 0.1;

    /** Something that plays a sound track from a position at a speed. */
    interface Sound {
        void play(double from, double rate);

        void pause();

        /** Where the sound is now, in seconds from the start of the lesson. */
        double position();

        boolean playing();
    }

    private final Sound sound;
    private double rate = 1;

    SoundSync(Sound sound) {
        this.sound = sound;
    }

    /** Called on every pulse with the playhead's state. */
    void update(boolean playing, double time, double speed) {
        if (!playing) {
            if (sound.playing()) {
                sound.pause();
            }
            return;
        }
        boolean drifted = Math.abs(sound.position() - time) > TOLERANCE;
        if (!sound.playing() || drifted || speed != rate) {
            rate = speed;
            sound.play(time, speed);
        }
    }
}

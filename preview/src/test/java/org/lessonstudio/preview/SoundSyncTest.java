package org.lessonstudio.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The voice follows the playhead: play, pause, scrub, loop and speed keep it with the pictures. */
class SoundSyncTest {

    /** A sound that keeps time like a real player and records what it was asked to do. */
    private static final class FakeSound implements SoundSync.Sound {
        final List<String> asked = new ArrayList<>();
        double position;
        boolean playing;

        @Override
        public void play(double from, double rate) {
            asked.add("play " + from + " x" + rate);
            position = from;
            playing = true;
        }

        @Override
        public void pause() {
            asked.add("pause");
            playing = false;
        }

        @Override
        public double position() {
            return position;
        }

        @Override
        public boolean playing() {
            return playing;
        }
    }

    @Test
    void playingStartsTheVoiceWhereThePicturesAreAndPausingStopsIt() {
        FakeSound sound = new FakeSound();
        SoundSync sync = new SoundSync(sound);
        sync.update(false, 3.0, 1);
        assertTrue(sound.asked.isEmpty(), "nothing plays while the preview is paused");
        sync.update(true, 3.0, 1);
        sound.position = 3.02;
        sync.update(true, 3.033, 1);
        assertEquals(List.of("play 3.0 x1.0"), sound.asked, "small differences are left alone");
        sync.update(false, 3.066, 1);
        assertFalse(sound.playing);
    }

    @Test
    void aScrubOrALoopWhilePlayingMovesTheVoice() {
        FakeSound sound = new FakeSound();
        SoundSync sync = new SoundSync(sound);
        sync.update(true, 10.0, 1);
        sound.position = 10.5;
        sync.update(true, 2.0, 1);
        assertEquals("play 2.0 x1.0", sound.asked.get(sound.asked.size() - 1));
    }

    @Test
    void aNewSpeedIsHeardAtOnce() {
        FakeSound sound = new FakeSound();
        SoundSync sync = new SoundSync(sound);
        sync.update(true, 1.0, 1);
        sync.update(true, 1.0, 0.5);
        assertEquals("play 1.0 x0.5", sound.asked.get(sound.asked.size() - 1));
    }
}

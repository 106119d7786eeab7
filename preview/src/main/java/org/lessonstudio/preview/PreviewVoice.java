package org.lessonstudio.preview;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.util.Duration;
import org.lessonstudio.media.AudioFiles;
import org.lessonstudio.media.AudioMix;
import org.lessonstudio.app.LessonSession;

/**
 * The preview's sound: the lesson's narration and music, mixed as the video will have them, played
 * in step with the playhead. The mix is made off the UI thread after every good save, from the
 * narration the lesson was laid out from, so a save shows its new frame first and is heard a
 * moment later.
 * Where the machine cannot play sound the preview stays silent and says so in its status line.
 */
final class PreviewVoice implements AutoCloseable {

    private final ExecutorService builder = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "preview-voice");
        thread.setDaemon(true);
        return thread;
    });
    private final PreviewLog log;
    private volatile LessonSession wanted;
    private MediaPlayer player;
    private SoundSync sync;
    private Path file;
    private String problem = "";

    PreviewVoice(PreviewLog log) {
        this.log = log;
    }

    /** Prepares the sound of a newly shown lesson: its narration and music, as the video has them. */
    void load(LessonSession session) {
        wanted = session;
        builder.submit(() -> {
            if (wanted != session) {
                return;
            }
            Path wav = null;
            try {
                AudioMix mix = session.sound();
                wav = mix == null ? null : write(mix);
            } catch (IOException | RuntimeException e) {
                log.failure("mixing the preview's sound", e);
            }
            Path made = wav;
            Platform.runLater(() -> install(session, made));
        });
    }

    /** Called on every pulse: keeps the sound with the pictures. */
    void update(boolean playing, double time, double speed) {
        if (sync != null) {
            sync.update(playing, time, speed);
        }
    }

    /** Where the sound is, in seconds, or NaN while there is none ready. */
    double position() {
        return player == null || sync == null ? Double.NaN : player.getCurrentTime().toSeconds();
    }

    /** True while the sound is actually playing. */
    boolean playing() {
        return player != null && player.getStatus() == MediaPlayer.Status.PLAYING;
    }

    /** Empty while all is well; otherwise why the preview is silent. */
    String problem() {
        return problem;
    }

    private void install(LessonSession session, Path wav) {
        if (session != wanted) {
            delete(wav);
            return;
        }
        stopPlayer();
        file = wav;
        if (wav == null) {
            return;
        }
        try {
            MediaPlayer next = new MediaPlayer(new Media(wav.toUri().toString()));
            next.setOnReady(() -> {
                if (player == next) {
                    sync = new SoundSync(new PlayerSound(next));
                }
            });
            next.setOnError(() -> silent(String.valueOf(next.getError())));
            player = next;
        } catch (MediaException | UnsupportedOperationException | IllegalStateException e) {
            silent(e.getMessage());
        }
    }

    private void silent(String why) {
        problem = "No sound in the preview (" + why + "); the video will still have it.";
        stopPlayer();
    }

    private void stopPlayer() {
        sync = null;
        if (player != null) {
            player.dispose();
            player = null;
        }
        delete(file);
        file = null;
    }

    @Override
    public void close() {
        wanted = null;
        builder.shutdownNow();
        stopPlayer();
    }

    /** The mix as a 16-bit stereo WAV file, which every JavaFX platform plays. */
    static Path write(AudioMix mix) throws IOException {
        Path wav = Files.createTempFile("lesson-preview-", ".wav");
        wav.toFile().deleteOnExit();
        long frames = mix.frames();
        long bytes = frames * 4;
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(wav), 1 << 16);
             DataOutputStream out = new DataOutputStream(raw)) {
            out.writeBytes("RIFF");
            out.writeInt(Integer.reverseBytes((int) (36 + bytes)));
            out.writeBytes("WAVEfmt ");
            out.writeInt(Integer.reverseBytes(16));
            out.writeShort(Short.reverseBytes((short) 1));
            out.writeShort(Short.reverseBytes((short) 2));
            out.writeInt(Integer.reverseBytes(AudioFiles.RATE));
            out.writeInt(Integer.reverseBytes(AudioFiles.RATE * 4));
            out.writeShort(Short.reverseBytes((short) 4));
            out.writeShort(Short.reverseBytes((short) 16));
            out.writeBytes("data");
            out.writeInt(Integer.reverseBytes((int) bytes));
            int chunk = 4800;
            float[] samples = new float[chunk * 2];
            for (long at = 0; at < frames; at += chunk) {
                int n = (int) Math.min(chunk, frames - at);
                mix.read(at, samples, n);
                for (int i = 0; i < 2 * n; i++) {
                    float s = Math.max(-1f, Math.min(1f, samples[i]));
                    out.writeShort(Short.reverseBytes((short) Math.round(s * 32767)));
                }
            }
        } catch (IOException | RuntimeException e) {
            delete(wav);
            throw e;
        }
        return wav;
    }

    private static void delete(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a temporary file; the JVM removes it on exit
            }
        }
    }

    /** A JavaFX media player seen as a {@link SoundSync.Sound}. */
    private static final class PlayerSound implements SoundSync.Sound {
        private final MediaPlayer player;
        private boolean playing;

        PlayerSound(MediaPlayer player) {
            this.player = player;
        }

        @Override
        public void play(double from, double rate) {
            player.setRate(rate);
            player.seek(Duration.seconds(from));
            player.play();
            playing = true;
        }

        @Override
        public void pause() {
            player.pause();
            playing = false;
        }

        @Override
        public double position() {
            return player.getCurrentTime().toSeconds();
        }

        @Override
        public boolean playing() {
            return playing;
        }
    }
}

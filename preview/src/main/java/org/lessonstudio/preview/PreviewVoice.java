package org.lessonstudio.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.util.Duration;
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
                wav = session.soundFile().orElse(null);
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

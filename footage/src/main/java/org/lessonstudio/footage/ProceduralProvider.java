package org.lessonstudio.footage;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.lessonstudio.media.Mp4Exporter;
import org.lessonstudio.renderer.ProceduralFootage;
import org.lessonstudio.renderer.Quality;

/**
 * The offline provider: makes a real clip on this machine from the prompt's words (sky, water,
 * weather, a turning wheel; see {@link ProceduralFootage}), the same for the same words. It is
 * honest about what it is: its clips are labelled procedural, and provenance says so.
 */
public final class ProceduralProvider implements FootageProvider {

    /** Bumped when the drawing changes, so clips drawn the old way are not reused. */
    public static final String MODEL = "procedural-1";

    private final ClipCache cache;

    public ProceduralProvider(ClipCache cache) {
        this.cache = cache;
    }

    @Override
    public Provider provider() {
        return Providers.PROCEDURAL;
    }

    /** The clip's key: its words, length, size and frame rate (a 10 fps clip would judder in a 30 fps video). */
    static ClipCache.Key key(ShotRequest shot) {
        return new ClipCache.Key(Providers.PROCEDURAL.id(), MODEL + "@" + shot.fps() + "fps", shot.description(), shot.seconds(),
                shot.width(), shot.height(), 0);
    }

    @Override
    public Optional<Clip> ready(ShotRequest shot) {
        return cache.find(key(shot));
    }

    @Override
    public Optional<Clip> clip(ShotRequest shot) throws FootageException {
        Optional<Clip> kept = ready(shot);
        if (kept.isPresent()) {
            return kept;
        }
        int frames = Math.max(1, (int) Math.round(shot.seconds() * shot.fps()));
        Path partial = null;
        try {
            partial = cache.partial(".mp4");
            // the encoder writes its own temporary file and moves it onto `partial` only when whole
            Mp4Exporter encoder = new Mp4Exporter(partial, Quality.STANDARD);
            BufferedImage image = new BufferedImage(shot.width(), shot.height(), BufferedImage.TYPE_3BYTE_BGR);
            encoder.start(shot.width(), shot.height(), shot.fps());
            try {
                for (int i = 0; i < frames; i++) {
                    // drawn from the description, as the renderer draws it live, so preview and video agree
                    ProceduralFootage.draw(image, shot.description(), (double) i / shot.fps());
                    encoder.frame(image);
                }
                encoder.finish();
            } catch (IOException | RuntimeException e) {
                encoder.abort();
                throw e;
            }
            return Optional.of(cache.store(key(shot), partial, new Clip(partial, false, Providers.PROCEDURAL, MODEL, "",
                    shot.description(), 0, (double) frames / shot.fps(), "", "drawn from its words")));
        } catch (IOException e) {
            throw new FootageException("the procedural clip could not be written: " + e.getMessage(), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // a dot-named temporary file is the most that can be left
                }
            }
        }
    }
}

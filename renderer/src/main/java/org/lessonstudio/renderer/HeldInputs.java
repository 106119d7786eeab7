package org.lessonstudio.renderer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The bytes of a lesson's pictures and sounds as they were when the lesson was checked, by the
 * path the lesson names them with. The checks read each file once (without following links,
 * folder by folder, from the lesson's folder down) and hold its bytes here; whatever draws or mixes
 * the file later reads these bytes, never the path again, so a folder swapped for a link after the
 * check cannot bring another file into the video. A file never held (a test drawing a picture
 * directly) is read from its path.
 */
public final class HeldInputs {

    private static final Map<Path, byte[]> HELD = new ConcurrentHashMap<>();

    private HeldInputs() {
    }

    /** Keeps {@code bytes} as the contents of {@code file}, replacing what was held for it. */
    public static void hold(Path file, byte[] bytes) {
        HELD.put(file, bytes);
    }

    /** The bytes held for {@code file}, if the checks read it. */
    public static Optional<byte[]> held(Path file) {
        return Optional.ofNullable(HELD.get(file));
    }

    /** The file's held bytes, or its bytes read now when none are held. */
    public static byte[] bytes(Path file) throws IOException {
        byte[] held = HELD.get(file);
        return held != null ? held : Files.readAllBytes(file);
    }

    /** The file's contents to read from: the held bytes, or the file itself when none are held. */
    public static InputStream open(Path file) throws IOException {
        byte[] held = HELD.get(file);
        return held != null ? new ByteArrayInputStream(held) : Files.newInputStream(file);
    }

    /**
     * The file's contents for Java's picture readers: the held bytes in memory, or the file itself
     * when none are held ({@code null} if it cannot be opened, as {@link ImageIO} answers).
     */
    public static ImageInputStream image(Path file) throws IOException {
        byte[] held = HELD.get(file);
        return held != null ? new MemoryCacheImageInputStream(new ByteArrayInputStream(held))
                : ImageIO.createImageInputStream(file.toFile());
    }

    /** How many bytes the file has: as held, or on disk. */
    public static long size(Path file) throws IOException {
        byte[] held = HELD.get(file);
        return held != null ? held.length : Files.size(file);
    }
}

package org.lessonstudio.cluster;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.renderer.Quality;

/** Series to export and packages to compare, as the farm tests need them. */
final class Packages {

    static final Env ENV = Env.fromProcess()
            .with("LESSON_FOOTAGE_CACHE", Path.of("target/footage-cache").toAbsolutePath().toString())
            .with("XDG_STATE_HOME", Path.of("target/state").toAbsolutePath().toString());

    /** Small and quick (160x90, 10 fps, draft), silent, offline footage. */
    static final RenderSettings SMALL = RenderSettings.defaults().withSize(new RenderSettings.Size(160, 90)).withFps(10)
            .withQuality(Quality.DRAFT).withSpeech(new RenderSettings.Speech(null, false))
            .withFootage(new RenderSettings.Footage(RenderSettings.Sources.OFFLINE, 0, null));

    private Packages() {
    }

    /** A copy of {@code from} (a series folder) in {@code to}. */
    static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    /** A three-lesson series in {@code folder}; the third can be given a mistake only a frame shows. */
    static Path threeLessons(Path folder, boolean mistake) throws Exception {
        return threeLessons(folder, mistake, 0);
    }

    /** The same, each lesson {@code longer} seconds longer. */
    static Path threeLessons(Path folder, boolean mistake, int longer) throws Exception {
        Files.createDirectories(folder);
        for (int i = 1; i <= 3; i++) {
            String body = i == 3 && mistake ? """
                      value t = 1
                      circle c: center (0, 0), radius 1 / t
                      draw c
                      animate t to 0 over 2s
                      wait 1s
                    """ : """
                      circle c: center (0, 0), radius %d
                      say "Circle number %d."
                        draw c over 1s
                        move c to (1, 1) over %ds
                    """.formatted(i, i, longer + 1);
            Files.writeString(folder.resolve("part" + i + ".lesson"), """
                    lesson "Part %d"
                      video: 160x90, 10 fps

                    scene "One"
                    %s""".formatted(i, body.indent(0)).replace("\n  \n", "\n"));
        }
        Files.writeString(folder.resolve("course.lesson"), """
                course "Three parts"
                  code: THREE

                lesson "part1.lesson"
                lesson "part2.lesson"
                lesson "part3.lesson"
                """);
        return folder;
    }

    /**
     * A package's entries as they are compared: every file's bytes, except a video's, which is its
     * decoded frames' checksums (as FFmpeg's framemd5 gives them) and its sound's.
     */
    static Map<String, String> contents(Path zip) throws Exception {
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith(".mp4")) {
                    Path video = Files.createTempFile("package", ".mp4");
                    Files.write(video, bytes);
                    entries.put(entry.getName(), String.join("\n", frameChecksums(video)));
                    Files.delete(video);
                } else {
                    entries.put(entry.getName(), HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(bytes)));
                }
            }
        }
        return entries;
    }

    /** The MD5 of each decoded picture, in order. */
    static List<String> frameChecksums(Path video) throws Exception {
        List<String> sums = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            for (Frame frame = grabber.grabImage(); frame != null; frame = grabber.grabImage()) {
                // each row's pixels only: the padding after a row is whatever the decoder left there
                ByteBuffer pixels = (ByteBuffer) frame.image[0];
                int row = frame.imageWidth * frame.imageChannels;
                byte[] bytes = new byte[row];
                MessageDigest md5 = MessageDigest.getInstance("MD5");
                for (int y = 0; y < frame.imageHeight; y++) {
                    pixels.get(y * frame.imageStride, bytes);
                    md5.update(bytes);
                }
                sums.add(HexFormat.of().formatHex(md5.digest()));
            }
            grabber.stop();
        }
        return sums;
    }
}

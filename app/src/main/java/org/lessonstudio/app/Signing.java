package org.lessonstudio.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.lessonstudio.renderer.AtomicOutput;

/**
 * {@code lesson render --sign}: hands the provenance record to C2PA's own {@code c2patool}, which
 * signs it into {@code NAME.c2pa} beside the video (a sidecar; the video itself is left as it is).
 * The tool is found on the PATH; Lesson Studio does not sign by itself.
 */
public final class Signing {

    static final String TOOL = "c2patool";

    private Signing() {
    }

    /** The c2patool to use: the first on the environment's PATH. */
    static Optional<Path> tool(Env env) {
        Optional<String> path = env.variable("PATH");
        if (path.isEmpty()) {
            return Optional.empty();
        }
        for (String folder : path.get().split(File.pathSeparator)) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, TOOL);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The message when it is missing, said before anything is rendered. */
    static String missing() {
        return "--sign needs C2PA's c2patool on the PATH, and none was found; install it from"
                + " https://github.com/contentauth/c2pa-rs (a single program), or render without --sign"
                + " (the unsigned record NAME.provenance.json is still written)";
    }

    /** {@code NAME.c2pa}, the signed record beside the video {@code NAME.mp4}. */
    static Path sidecarFor(Path video) {
        return video.resolveSibling(video.getFileName().toString().replaceFirst("\\.mp4$", "") + ".c2pa");
    }

    /** Signs {@code manifest} for {@code video}; returns the {@code .c2pa} sidecar written beside the video. */
    static Path sign(Path tool, Path video, Path manifest) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory(video.toAbsolutePath().getParent(), ".signing-");
        try {
            Path copy = work.resolve(video.getFileName());
            List<String> command = List.of(tool.toString(), video.toString(), "--manifest", manifest.toString(),
                    "--output", copy.toString(), "--sidecar", "--force");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("c2patool did not finish within 5 minutes");
            }
            String stem = video.getFileName().toString().replaceFirst("\\.mp4$", "");
            Path sidecar = work.resolve(stem + ".c2pa");
            if (process.exitValue() != 0 || !Files.isRegularFile(sidecar)) {
                throw new IOException("c2patool could not sign the record (exit " + process.exitValue() + "): "
                        + said.strip().lines().reduce((a, b) -> b).orElse(""));
            }
            Path target = sidecarFor(video);
            AtomicOutput.write(target, p -> Files.copy(sidecar, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING));
            return target;
        } finally {
            try (var files = Files.walk(work)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}

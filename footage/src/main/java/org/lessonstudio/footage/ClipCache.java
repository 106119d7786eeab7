package org.lessonstudio.footage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.lessonstudio.dsl.io.PartialFiles;

/**
 * Every clip made or downloaded, kept by what made it: provider, model, prompt, length, size and
 * seed, hashed into its name. A clip is written under a temporary name and moved into place whole,
 * and its record (the {@code .json} beside it) is written the same way only after, so a run stopped
 * halfway leaves nothing that later looks like a finished clip. Re-renders and the preview find it.
 */
public final class ClipCache {

    /** What identifies a clip: the same key is the same clip. */
    public record Key(String provider, String model, String prompt, double seconds, int width, int height,
                      long seed) {

        String hash() {
            String text = String.join("\u0000", provider, model, prompt,
                    String.format(Locale.ROOT, "%.3f", seconds), width + "x" + height, Long.toString(seed));
            return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8))).substring(0, 40);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;

    public ClipCache(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /**
     * The user's clip cache: {@code $LESSON_FOOTAGE_CACHE} if set, else
     * {@code $XDG_CACHE_HOME/lesson-studio/footage} or {@code ~/.cache/lesson-studio/footage}.
     */
    public static ClipCache standard() {
        String own = System.getenv("LESSON_FOOTAGE_CACHE");
        if (own != null && !own.isBlank()) {
            return new ClipCache(Path.of(own));
        }
        String home = System.getenv("XDG_CACHE_HOME");
        Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".cache");
        return new ClipCache(base.resolve("lesson-studio").resolve("footage"));
    }

    public Path folder() {
        return folder;
    }

    /** The clip kept under {@code key}, if a whole one is there (its record written, its size as recorded). */
    public Optional<Clip> find(Key key) {
        Path record = folder.resolve(key.hash() + ".json");
        if (!Files.isRegularFile(record)) {
            return Optional.empty();
        }
        try {
            ObjectNode json = (ObjectNode) JSON.readTree(record.toFile());
            Path file = folder.resolve(json.path("file").asText());
            String job = json.path("jobId").asText();
            if (!file.getParent().equals(folder) || !Files.isRegularFile(file)
                    || Files.size(file) != json.path("bytes").asLong(-1)
                    || !(job.isEmpty() || ServiceCalls.JOB_ID.matcher(job).matches())) {
                // a record not written whole, or not by this version (a job id of another shape is never shown)
                return Optional.empty();
            }
            Optional<Provider> provider = Providers.recorded(json.path("provider").asText(),
                    json.path("model").asText());
            if (provider.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Clip(file, json.path("still").asBoolean(), provider.get(),
                    json.path("model").asText(), job, json.path("prompt").asText(),
                    json.path("seed").asLong(), json.path("seconds").asDouble(), json.path("sha256").asText(),
                    "cached"));
        } catch (IOException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /**
     * Records that a service refused the prompt under {@code key} for what it shows, so it is not
     * sent again as it is ({@code HASH.refused.json}; deleting it allows a new try).
     */
    public void refuse(Key key, String reason) throws IOException {
        Files.createDirectories(folder);
        ObjectNode json = JSON.createObjectNode();
        json.put("provider", key.provider());
        json.put("model", key.model());
        json.put("prompt", key.prompt());
        json.put("refused", reason);
        Path record = Files.createTempFile(folder, ".partial-", ".json");
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(record.toFile(), json);
            move(record, folder.resolve(key.hash() + ".refused.json"));
        } finally {
            Files.deleteIfExists(record);
        }
    }

    /** The reason a service refused the prompt under {@code key}, if it did. */
    public Optional<String> refusal(Key key) {
        Path record = folder.resolve(key.hash() + ".refused.json");
        if (!Files.isRegularFile(record)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(record.toFile()).path("refused").asText("refused"));
        } catch (IOException e) {
            return Optional.of("refused");
        }
    }

    /** A fresh temporary file in the cache for a clip being made ({@code extension} such as ".mp4"). */
    public Path partial(String extension) throws IOException {
        return PartialFiles.createIn(folder, "clip" + extension);
    }

    /**
     * Moves a finished clip from its temporary file into the cache under {@code key}, then writes its
     * record; returns the clip as kept (its file and SHA-256 filled in).
     */
    public Clip store(Key key, Path partial, Clip made) throws IOException {
        String name = PartialFiles.targetName(partial).orElse(partial.getFileName().toString());
        String extension = name.substring(name.lastIndexOf('.'));
        Path file = folder.resolve(key.hash() + extension);
        String hash = sha256(partial);
        long bytes = Files.size(partial);
        move(partial, file);
        Clip kept = made.at(file, hash);
        ObjectNode json = JSON.createObjectNode();
        json.put("file", file.getFileName().toString());
        json.put("bytes", bytes);
        json.put("sha256", hash);
        json.put("still", kept.still());
        json.put("provider", kept.provider().id());
        json.put("model", kept.model());
        json.put("jobId", kept.jobId());
        json.put("prompt", kept.prompt());
        json.put("seed", kept.seed());
        json.put("seconds", kept.seconds());
        json.put("width", key.width());
        json.put("height", key.height());
        Path record = PartialFiles.createIn(folder, key.hash() + ".json");
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(record.toFile(), json);
            move(record, folder.resolve(key.hash() + ".json"));
        } finally {
            Files.deleteIfExists(record);
        }
        return kept;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The SHA-256 of a file, in hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

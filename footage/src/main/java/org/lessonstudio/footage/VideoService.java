package org.lessonstudio.footage;

import java.net.URI;
import java.net.http.HttpRequest;

/**
 * A text-to-video service behind one job model: a job is created for a prompt, its status is
 * polled until it is done, and its video is downloaded at once (the addresses expire).
 */
interface VideoService {

    /** How a job stands. */
    sealed interface Status {
        /** Still queued, throttled or being made; {@code state} is the service's word for it. */
        record Working(String state) implements Status { }

        record Done(URI video) implements Status { }

        record Failed(String reason) implements Status { }

        /** The service will not make this prompt for what it shows (its content policy); {@code reason} is its word. */
        record Refused(String reason) implements Status { }
    }

    /** What it is, with its model and what that model can make. */
    Provider provider();

    /** The word a lesson uses for it, in messages. */
    default String name() {
        return provider().id();
    }

    /** The model asked for, recorded in provenance. */
    String model();

    /**
     * The clip length to ask for: the shortest the model makes that covers the shot. Throws, before
     * anything is sent, when the model cannot make the shot's length or the video's shape.
     */
    default int clipSeconds(ShotRequest shot) throws FootageException {
        return provider().clipSeconds(shot);
    }

    /** The size of the clip the model makes for this shot, in pixels {@code {width, height}}. */
    default int[] clipSize(ShotRequest shot) {
        return provider().clipSize(shot);
    }

    /** Creates the job; returns its id. */
    String start(ShotRequest shot, int seconds, ServiceCalls calls) throws FootageException;

    Status status(String job, ServiceCalls calls) throws FootageException;

    /** The request that downloads the finished video (with the key only where the service needs it). */
    HttpRequest.Builder download(URI video);

    /** Whether a service's failure is a refusal for content (safety, moderation, policy) rather than a fault. */
    static boolean contentReason(String reason) {
        String r = reason == null ? "" : reason.toLowerCase(java.util.Locale.ROOT);
        return r.contains("safety") || r.contains("moderation") || r.contains("content policy")
                || r.contains("usage polic") || r.contains("responsible ai") || r.contains("filtered")
                || r.contains("blocked") || r.contains("inappropriate");
    }

    /** The shortest of a model's clip lengths that covers {@code seconds}, if any does. */
    static java.util.OptionalInt covering(java.util.List<Integer> lengths, double seconds) {
        return lengths.stream().mapToInt(Integer::intValue).filter(s -> s + 1e-9 >= seconds).findFirst();
    }

    /** Whether a key is set in the environment. */
    boolean hasKey();

    /**
     * Whether the key can be sent in a header at all: printable ASCII without spaces (a key pasted
     * with a line break would otherwise end in an error that repeats it).
     */
    boolean keyUsable();

    /** Whether a key is made only of characters a header may carry, with no space. */
    static boolean usable(String key) {
        return key != null && !key.isEmpty() && key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** A key as read from the environment: spaces and line breaks around it are not part of it. */
    static String fromEnvironment(java.util.Map<String, String> environment, String variable) {
        String key = environment.get(variable);
        return key == null ? null : key.strip();
    }

    /** The environment variable that holds the key, for the message when it is missing. */
    String keyVariable();
}

package org.lessonstudio.footage;

import java.nio.file.Path;

/**
 * A clip (or a still picture) obtained for a shot, and where it came from: what provenance records.
 *
 * @param file     the video or image
 * @param still    a picture rather than a video (shown with a slow Ken Burns move)
 * @param provider what gave it
 * @param model    the provider's model ("gen4.5", "veo-3.1-generate-preview", "procedural-1"), or empty
 * @param jobId    the service's job or operation, or empty
 * @param prompt   what the provider was given (the expanded prompt; a library's clip: its description)
 * @param seed     the seed it was made with (0 when none applies)
 * @param seconds  the clip's own length (0 for a still)
 * @param sha256   the file's SHA-256, in hex
 * @param note     for a teacher: how it was chosen ("4 of 5 words match"), or empty
 */
public record Clip(Path file, boolean still, Provider provider, String model, String jobId, String prompt, long seed,
                   double seconds, String sha256, String note) {

    /** Made by a trained model (a video-generation service), as opposed to drawn by rules or filmed. */
    public boolean generated() {
        return provider.generated();
    }

    Clip at(Path moved, String hash) {
        return new Clip(moved, still, provider, model, jobId, prompt, seed, seconds, hash, note);
    }

    Clip noted(String why) {
        return new Clip(file, still, provider, model, jobId, prompt, seed, seconds, sha256, why);
    }
}

package org.lessonstudio.app.farm;

import java.io.Serializable;

/**
 * What a task made, or the lesson mistake that stopped it (a mistake is an answer, not a failure:
 * it is the same on every machine, so it is never retried).
 *
 * @param name     the task's lesson
 * @param output   the video written, relative to the shared folder
 * @param sha256   the video's SHA-256
 * @param frames   how many frames it holds
 * @param seconds  how long the task took
 * @param worker   the machine that did it
 * @param mistakes the lesson's mistakes as {@code lesson check} prints them, or null when rendered
 */
public record TaskResult(String name, String output, String sha256, int frames, double seconds, String worker,
                         String mistakes) implements Serializable {

    /** True when the lesson has mistakes and nothing was rendered. */
    public boolean mistaken() {
        return mistakes != null;
    }
}

package org.lessonstudio.app.farm;

/**
 * A task that could not be done on this machine for a reason that is not the lesson's (a file
 * missing from the shared folder, a full disk, a worker lost): a farm retries it, elsewhere if it
 * can. The message is a sentence for the teacher.
 */
public final class TaskFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TaskFailed(String message) {
        super(message);
    }

    public TaskFailed(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.lessonstudio.renderer;

import java.nio.file.Path;

/**
 * A picture that passed the check (its header, its first rows, one drawing of an SVG) but cannot
 * be decoded or drawn when a frame needs it: a PNG damaged past its first rows, a file changed
 * since. Carries the file and the reason in words for a teacher, so the command shows it at the
 * picture's line (app's {@code NotDrawableReport}) instead of failing inside.
 */
public final class PictureFailed extends RuntimeException {

    private final transient Path file;
    private final String reason;

    PictureFailed(Path file, String reason) {
        super("the picture " + file.getFileName() + " cannot be shown: " + reason, null, false, false);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}

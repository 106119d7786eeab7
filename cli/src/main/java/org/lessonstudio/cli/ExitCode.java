package org.lessonstudio.cli;

/** What the `lesson` command returns: scripts and CI can rely on these. */
final class ExitCode {

    /** All went well. */
    static final int OK = 0;
    /** Anything else went wrong: a missing file, a failed encode, an internal error. */
    static final int FAILURE = 1;
    /** The lesson has mistakes; they were reported. */
    static final int LESSON_ERRORS = 2;

    private ExitCode() {
    }
}

package org.lessonstudio.cluster;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonstudio.app.farm.TaskFailed;

/**
 * Spark's failures in a teacher's words: a task's own sentence (a {@link TaskFailed} on a worker
 * reaches the driver only as text inside Spark's "Job aborted" message) or Spark's first line.
 */
final class SparkFailures {

    private static final Pattern TRIES = Pattern.compile("failed (\\d+) times");
    private static final String MARK = TaskFailed.class.getName() + ": ";

    private SparkFailures() {
    }

    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TaskFailed failed) {
                return failed.getMessage();
            }
            String message = t.getMessage();
            if (message != null && message.contains(MARK)) {
                String rest = message.substring(message.indexOf(MARK) + MARK.length());
                int trace = rest.indexOf("\n\tat ");
                String said = (trace < 0 ? rest : rest.substring(0, trace)).strip();
                Matcher tries = TRIES.matcher(message);
                return said + (tries.find() ? " (tried " + tries.group(1) + " times on the farm)" : "");
            }
        }
        String message = failure == null ? "" : String.valueOf(failure.getMessage());
        int line = message.indexOf('\n');
        return line < 0 ? message : message.substring(0, line);
    }
}

package org.lessonstudio.renderer;

/** Told after each frame is handed to the exporter; used for progress bars. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> { };

    void framesDone(int done, int total);
}

package org.lessonstudio.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.media.Mp4Exporter;
import org.lessonstudio.renderer.Export;
import org.lessonstudio.renderer.ExportProgress;
import org.lessonstudio.renderer.Quality;
import org.lessonstudio.timeline.Timeline;

/** Renders a whole lesson at its own settings, then prints this process's peak RSS (VmHWM). */
public final class WholeRender {

    private WholeRender() {
    }

    public static void main(String[] args) throws Exception {
        Timeline timeline = Timeline.of(LessonCompiler.compile(SourceFile.read(Path.of(args[0]))).lesson()
                .orElseThrow());
        var video = timeline.lesson().video();
        new Export(timeline, video.width(), video.height(), video.fps())
                .run(new Mp4Exporter(Path.of(args[1]), Quality.STANDARD), ExportProgress.NONE);
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                System.out.println(line);
            }
        }
    }
}

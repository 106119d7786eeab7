package org.lessonstudio.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.RenderJob;
import org.lessonstudio.app.RenderSettings;

/**
 * Renders a whole lesson at its own settings, silently, through the same {@link RenderJob} as
 * {@code lesson render} (footage, captions, record and all), then prints this process's peak RSS
 * (VmHWM).
 */
public final class WholeRender {

    private WholeRender() {
    }

    public static void main(String[] args) throws Exception {
        LessonSession session = session(Path.of(args[0]));
        RenderJob.whole(session, SILENT, Path.of(args[1])).run(new RenderJob.Listener() { });
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                System.out.println(line);
            }
        }
    }

    /** The lesson's own settings, without a voice (the bench measures pictures, not espeak-ng). */
    static final RenderSettings SILENT = RenderSettings.defaults().withSpeech(new RenderSettings.Speech(null, false));

    /** The lesson opened as every front end opens it, silently; the bench stops on a lesson with mistakes. */
    static LessonSession session(Path lesson) {
        LessonSession.Opened opened = LessonSession.open(lesson, SILENT.speech(), Env.fromProcess());
        if (opened instanceof LessonSession.Ready ready) {
            return ready.session();
        }
        throw new IllegalStateException(lesson + " cannot be rendered:\n" + opened.said());
    }
}

package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.renderer.FrameRenderer;

/** The `lesson` command as a teacher uses it: what it prints, what it writes, what it returns. */
class CommandsTest {

    static final Path FLAGSHIP = Path.of("../examples/sine-from-unit-circle.lesson");

    private static final String MISTAKES = """
            lesson "Mistakes"
              theme: blackboard

            scene "Circle"
              circle unit: center (0, 0), radius 1
              point P: on unti at angle t
              tex f: "\\sinn x"
              draw unit over 2 hours
            """;

    @Test
    void checkSaysTheFlagshipHasNoMistakes() {
        Run run = Run.lesson("check", FLAGSHIP.toString(), "--no-voice");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(FLAGSHIP + ": no mistakes found. 3 scenes, 1:22.3 long.\n", run.out(),
                "without a voice, sentence lengths are estimated");
        assertEquals("", run.err());
    }

    @Test
    void everyMistakeIsReportedAtOnceWithExitCode2AndNoStackTrace(@TempDir Path folder) throws Exception {
        Path lesson = folder.resolve("mistakes.lesson");
        Files.writeString(lesson, MISTAKES);
        Run run = Run.lesson("check", lesson.toString());
        assertEquals(2, run.exitCode());
        assertEquals(lesson + ":2:10: error: there is no theme called `blackboard`\n"
                + " 2 |   theme: blackboard\n"
                + "   |          ^^^^^^^^^^\n"
                + "   = hint: did you mean `chalkboard`?\n"
                + lesson + ":6:15: error: I don't know anything called `unti` in this scene\n"
                + " 6 |   point P: on unti at angle t\n"
                + "   |               ^^^^\n"
                + "   = hint: did you mean `unit`?\n"
                + "   = hint: define it in this scene first (each scene has its own names)\n"
                + lesson + ":6:29: error: I don't know anything called `t` in this scene\n"
                + " 6 |   point P: on unti at angle t\n"
                + "   |                             ^\n"
                + "   = hint: define it in this scene first (each scene has its own names)\n"
                + lesson + ":7:11: error: this formula cannot be typeset: `\\sinn` is not a command this formula"
                + " typesetter knows\n"
                + " 7 |   tex f: \"\\sinn x\"\n"
                + "   |           ^^^^^\n"
                + "   = hint: check the backslashes, and that every `{` has its `}`; the formula is LaTeX, as in a maths paper\n"
                + lesson + ":8:20: error: I don't know anything called `hours` in this scene\n"
                + " 8 |   draw unit over 2 hours\n"
                + "   |                    ^^^^^\n"
                + "   = hint: define it in this scene first (each scene has its own names)\n"
                + "5 errors in this lesson.\n", run.err());
        assertFalse(run.err().contains("Exception"));
    }

    @Test
    void aFormulaThatCannotBeTypesetIsReportedLikeAnyOtherMistake(@TempDir Path folder) throws Exception {
        Path lesson = folder.resolve("formula.lesson");
        Files.writeString(lesson, """
                lesson "Formula"

                scene "One"
                  tex f: "\\sinn x" at top
                  write f
                """);
        Run run = Run.lesson("check", lesson.toString());
        assertEquals(2, run.exitCode());
        assertEquals(lesson + ":4:11: error: this formula cannot be typeset: `\\sinn` is not a command this formula"
                + " typesetter knows\n"
                + " 4 |   tex f: \"\\sinn x\" at top\n"
                + "   |           ^^^^^\n"
                + "   = hint: check the backslashes, and that every `{` has its `}`; the formula is LaTeX, as in a maths paper\n"
                + "1 error in this lesson.\n", run.err());
    }

    @Test
    void textNoFontCanDrawIsAWarningNotAnError(@TempDir Path folder) throws Exception {
        Path lesson = folder.resolve("glyph.lesson");
        Files.writeString(lesson, """
                lesson "Glyphs"

                scene "One"
                  text t: "中文 and \u0378" at top
                  write t
                """);
        Run run = Run.lesson("check", lesson.toString());
        assertEquals(0, run.exitCode());
        assertEquals(lesson + ":4:19: warning: no font on this machine can draw `\u0378`, so it would show as an"
                + " empty box\n"
                + " 4 |   text t: \"中文 and \u0378\" at top\n"
                + "   |                     ^\n"
                + "   = hint: install a font that has it; for Chinese: sudo apt-get install fonts-noto-cjk\n",
                run.err());
    }

    @Test
    void renderOfALessonWithMistakesWritesNothing(@TempDir Path folder) throws Exception {
        Path lesson = folder.resolve("mistakes.lesson");
        Files.writeString(lesson, MISTAKES);
        Run run = Run.lesson("render", lesson.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().endsWith("5 errors in this lesson.\n"));
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no video and no partial file");
        }
    }

    @Test
    void stillWritesThePictureOfThatMomentAtTheRequestedSize(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("frame.png");
        Run run = Run.lesson("still", FLAGSHIP.toString(), "--at", "45s", "--size", "640x360", "-o", png.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Wrote " + png + " (640x360, at 45.00 s).\n", run.out());
        BufferedImage image = ImageIO.read(png.toFile());
        // the frame of the video at 45 s (the lesson narrated, as the still command lays it out), pixel for pixel
        LessonSession session = ((LessonSession.Ready) LessonSession.open(FLAGSHIP, RenderSettings.Speech.DEFAULT,
                Run.ENV)).session();
        BufferedImage frame = new FrameRenderer().render(session.timeline().frameAt(45), 640, 360);
        assertEquals(0, Frames.difference(image, frame), 0.01, "the still is that frame");
        assertTrue(Frames.spread(image) > 2, "a drawing, not a blank board: " + Frames.spread(image));
        Path laterPng = folder.resolve("later.png");
        Run later = Run.lesson("still", FLAGSHIP.toString(), "--at", "60s", "--size", "640x360", "-o",
                laterPng.toString());
        assertEquals(0, later.exitCode(), later.err());
        assertTrue(Frames.difference(image, ImageIO.read(laterPng.toFile())) > 1, "another moment is another picture");
    }

    @Test
    void pngAndSvgStillsShowTheLessonsOwnFootage(@TempDir Path folder) throws Exception {
        Path lesson = Files.writeString(folder.resolve("wheel.lesson"), """
                lesson "Wheel"
                  video: 320x180, 10 fps

                scene "One"
                  say "A wheel turns."
                    footage "A Ferris wheel turning at dusk" for 3s
                """);
        Path clips = Files.createDirectories(folder.resolve("clips"));
        BufferedImage magenta = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 180; y++) {
            for (int x = 0; x < 320; x++) {
                magenta.setRGB(x, y, 0xFF00FF);
            }
        }
        ImageIO.write(magenta, "png", clips.resolve("wheel.png").toFile());
        Files.writeString(clips.resolve("wheel.txt"), "Ferris wheel at dusk, filmed from the ground");
        Path png = folder.resolve("wheel.png");
        Path svg = folder.resolve("wheel.svg");
        Run raster = Run.lesson("still", lesson.toString(), "--at", "1.5", "--no-voice", "-o", png.toString());
        assertEquals(0, raster.exitCode(), raster.err());
        Run vector = Run.lesson("still", lesson.toString(), "--at", "1.5", "--no-voice", "-o", svg.toString());
        assertEquals(0, vector.exitCode(), vector.err());

        BufferedImage picture = ImageIO.read(png.toFile());
        BufferedImage drawn = Frames.svg(svg);
        assertTrue(Frames.share(picture, 0xFF00FF) > 0.5, "the PNG shows the teacher's picture: "
                + Frames.share(picture, 0xFF00FF));
        assertTrue(Frames.share(drawn, 0xFF00FF) > 0.5, "so does the SVG, not footage drawn from the words: "
                + Frames.share(drawn, 0xFF00FF));
        assertTrue(Frames.difference(picture, drawn) < 8, "the PNG and the SVG are the same picture: "
                + Frames.difference(picture, drawn));
    }

    @Test
    void stillAfterTheEndSaysHowLongTheLessonIs() {
        Run run = Run.lesson("still", FLAGSHIP.toString(), "--at", "9:00", "--no-voice");
        assertEquals(1, run.exitCode());
        assertEquals("lesson: the lesson is only 1:22.3 long; choose a time up to 82.3s\n", run.err());
    }

    @Test
    void aMissingFileIsExplainedWithExitCode1() {
        Run run = Run.lesson("render", "no-such.lesson");
        assertEquals(1, run.exitCode());
        assertEquals("lesson: there is no file no-such.lesson\n", run.err());
    }

    @Test
    void badArgumentsExitWith1NotWithTheLessonErrorCode() {
        Run run = Run.lesson("render", FLAGSHIP.toString(), "--size", "big");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("'big' is not a size; write it like 1280x720"), run.err());
    }

    @Test
    void helpAndVersionWork() {
        Run help = Run.lesson("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("render"));
        assertTrue(help.out().contains("still"));
        assertTrue(help.out().contains("check"));
        Run version = Run.lesson("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("Lesson Studio "));
    }

    @Test
    void anInternalFailureIsOneLineAndALogNotAStackTrace(@TempDir Path state) throws Exception {
        // the log goes to the environment's own folder: this test's, never the developer's
        Env env = Run.ENV.with("XDG_STATE_HOME", state.toString());
        var cl = LessonCommand.commandLine(env);
        var err = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err));
        int code = new InternalFailure(env).handleExecutionException(new IllegalStateException("boom"), cl, null);
        assertEquals(1, code);
        String text = err.toString();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("lesson: something went wrong inside Lesson Studio (IllegalStateException)."));
        Path log = Path.of(text.substring(text.indexOf("Details are in ") + 15, text.length() - 2));
        assertEquals(state.resolve("lesson-studio/logs"), log.getParent());
        assertTrue(Files.readString(log).contains("java.lang.IllegalStateException: boom"), "the trace is in the log");
    }
}

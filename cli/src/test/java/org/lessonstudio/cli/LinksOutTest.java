package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile lesson, course or template folder cannot read a file outside it through a link: each
 * command refuses plainly (a positioned mistake for a lesson or course, one line for a template
 * folder), writes nothing, and never shows what the link points to. Links that stay inside, and a
 * lesson reached through a linked parent folder, work as before.
 */
class LinksOutTest {

    private static final String SECRET = "the school's password is hunter2";

    @TempDir
    Path temp;
    Path outside;
    Path lessons;

    @BeforeEach
    void folders() throws Exception {
        outside = Files.createDirectories(temp.resolve("outside"));
        lessons = Files.createDirectories(temp.resolve("lessons"));
        Files.copy(input("red.png"), outside.resolve("private.png"));
        Files.copy(Path.of("../examples/assets/calm-loop.wav"), outside.resolve("private.wav"));
        Files.writeString(outside.resolve("secret.txt"), SECRET + "\n");
    }

    private static Path input(String name) throws Exception {
        return Path.of(LinksOutTest.class.getResource("/inputs/" + name).toURI());
    }

    private Path lesson(String name, String body) throws Exception {
        return Files.writeString(lessons.resolve(name), """
                lesson "Links"
                  video: 320x180, 10 fps

                scene "One"
                """ + body);
    }

    private static void refusedPlainly(Run run, int exitCode) {
        assertEquals(exitCode, run.exitCode(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("something went wrong"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.out().contains(SECRET) || run.err().contains(SECRET), run.err());
    }

    private static Color middle(Path png) throws Exception {
        BufferedImage still = ImageIO.read(png.toFile());
        return new Color(still.getRGB(still.getWidth() / 2, still.getHeight() / 2));
    }

    private static boolean red(Color c) {
        return c.getRed() > 150 && c.getGreen() < 120 && c.getBlue() < 120;
    }

    @Test
    void aPictureThatIsALinkOutsideIsAMistakeAtItsNameAndIsNeverDrawn() throws Exception {
        Files.createDirectories(lessons.resolve("assets"));
        Files.createSymbolicLink(lessons.resolve("assets/link.png"), Path.of("../../outside/private.png"));
        Path lesson = lesson("picture.lesson", """
                  image p: "assets/link.png" at (0, 0), size 6
                  show p
                  wait 1s
                """);
        Run check = Run.lesson("check", lesson.toString());
        refusedPlainly(check, 2);
        assertTrue(check.err().startsWith(lesson + ":5:12: error: `assets/link.png` is a link to "
                + "../../outside/private.png, which is outside the lesson's folder\n"), check.err());
        assertTrue(check.err().contains("copy the file into the lesson's folder instead of linking to it"), check.err());

        Path png = temp.resolve("still.png");
        refusedPlainly(Run.lesson("still", lesson.toString(), "--at", "0.5", "-o", png.toString()), 2);
        assertFalse(Files.exists(png), "nothing drawn");
        Path mp4 = temp.resolve("picture.mp4");
        refusedPlainly(Run.lesson("render", lesson.toString(), "--no-voice", "--quality", "draft", "-o",
                mp4.toString()), 2);
        assertFalse(Files.exists(mp4), "nothing rendered");
    }

    @Test
    void aLinkedFolderMusicAndARecordingLeadingOutsideAreRefusedAndNothingIsMixed() throws Exception {
        Files.createSymbolicLink(lessons.resolve("shared"), Path.of("../outside"));
        Files.createSymbolicLink(lessons.resolve("music.wav"), outside.resolve("private.wav"));
        Files.createSymbolicLink(lessons.resolve("voice.wav"), Path.of("shared/private.wav"));
        Path lesson = lesson("sounds.lesson", """
                  image p: "shared/private.png" at (0, 0), size 6
                  music "music.wav"
                  say "Hello", recording "voice.wav"
                """);
        Run check = Run.lesson("check", lesson.toString());
        refusedPlainly(check, 2);
        assertTrue(check.err().contains(lesson + ":5:12: error: `shared` is a link to ../outside, which is outside "
                + "the lesson's folder"), check.err());
        assertTrue(check.err().contains(lesson + ":6:9: error: `music.wav` is a link to " + outside.resolve("private.wav")
                + ", which is outside the lesson's folder"), check.err());
        assertTrue(check.err().contains(lesson + ":7:26: error: `voice.wav` is a link to shared/private.wav (which "
                + "leads to " + outside.resolve("private.wav").toRealPath() + "), which is outside the lesson's folder"),
                check.err());
        Path mp4 = temp.resolve("sounds.mp4");
        refusedPlainly(Run.lesson("render", lesson.toString(), "--quality", "draft", "-o", mp4.toString()), 2);
        assertFalse(Files.exists(mp4), "nothing mixed, nothing written");
    }

    @Test
    void aClipsFolderThatIsALinkOutsideIsRefusedAndItsClipsAreNeverShown() throws Exception {
        Path clips = Files.createDirectories(outside.resolve("clips"));
        Files.copy(input("red.png"), clips.resolve("ocean-waves-on-a-beach.png"));
        Files.createSymbolicLink(lessons.resolve("clips"), Path.of("../outside/clips"));
        Path lesson = lesson("waves.lesson", """
                  footage "Ocean waves on a beach" for 2s
                """);
        Run check = Run.lesson("check", lesson.toString());
        refusedPlainly(check, 2);
        assertTrue(check.err().startsWith(lesson + ":5:3: error: `clips` is a link to ../outside/clips, which is "
                + "outside the lesson's folder\n"), check.err());
        Path png = temp.resolve("waves.png");
        refusedPlainly(Run.lesson("still", lesson.toString(), "--at", "1", "-o", png.toString()), 2);
        assertFalse(Files.exists(png));
        refusedPlainly(Run.lesson("prompts", lesson.toString()), 2);

        // a clip inside the folder that links out is left out, with a warning, and never shown
        Files.delete(lessons.resolve("clips"));
        Files.createDirectories(lessons.resolve("clips"));
        Files.createSymbolicLink(lessons.resolve("clips/ocean-waves-on-a-beach.png"),
                clips.resolve("ocean-waves-on-a-beach.png"));
        Run warned = Run.lesson("check", lesson.toString());
        assertEquals(0, warned.exitCode(), warned.err());
        assertTrue(warned.err().contains(lesson + ":5:3: warning: `clips/ocean-waves-on-a-beach.png` is a link to "),
                warned.err());
        Run still = Run.lesson("still", lesson.toString(), "--at", "1", "-o", png.toString());
        assertEquals(0, still.exitCode(), still.err());
        assertFalse(red(middle(png)), "the red picture outside is not shown: " + middle(png));
    }

    @Test
    void linksThatStayInsideAndALessonReachedThroughALinkedParentWork() throws Exception {
        Path real = Files.createDirectories(temp.resolve("real/lesson"));
        Files.createDirectories(real.resolve("pictures"));
        Files.copy(input("red.png"), real.resolve("pictures/IMG_0001.png"));
        Files.createSymbolicLink(real.resolve("red.png"), Path.of("pictures/IMG_0001.png"));
        Files.writeString(real.resolve("red.lesson"), """
                lesson "Red"
                  video: 320x180, 10 fps

                scene "One"
                  image p: "red.png" at (0, 0), size 9
                  show p
                  wait 1s
                """);
        Path desktop = Files.createSymbolicLink(temp.resolve("desktop"), temp.resolve("real"));
        Path lesson = desktop.resolve("lesson/red.lesson");
        Run check = Run.lesson("check", lesson.toString());
        assertEquals(0, check.exitCode(), check.err());
        Path png = temp.resolve("red.png");
        Run still = Run.lesson("still", lesson.toString(), "--at", "0.5", "-o", png.toString());
        assertEquals(0, still.exitCode(), still.err());
        assertTrue(red(middle(png)), "the picture the link inside leads to is drawn: " + middle(png));
    }

    @Test
    void aCourseLessonThatIsALinkOutsideIsRefusedAndNotExported() throws Exception {
        Files.writeString(outside.resolve("secret.lesson"), """
                lesson "%s"

                scene "One"
                  wait 1s
                """.formatted(SECRET));
        Files.createSymbolicLink(lessons.resolve("link.lesson"), Path.of("../outside/secret.lesson"));
        Path course = Files.writeString(lessons.resolve("course.lesson"), """
                course "Links"

                lesson "link.lesson"
                """);
        Run check = Run.lesson("check", course.toString());
        refusedPlainly(check, 2);
        assertTrue(check.err().startsWith(course + ":3:8: error: `link.lesson` is a link to ../outside/secret.lesson, "
                + "which is outside the course's folder\n"), check.err());
        Path zip = temp.resolve("links.zip");
        refusedPlainly(Run.lesson("export", lessons.toString(), "--to", "html", "--size", "160x90", "--quality",
                "draft", "--no-voice", "-o", zip.toString()), 2);
        assertFalse(Files.exists(zip));
    }

    @Test
    void aCourseTemplateThatIsALinkOutsideIsRefusedAndItsTextNeverReachesThePackage() throws Exception {
        lesson("one.lesson", """
                  circle c: radius 2
                  draw c over 1s
                """);
        Files.writeString(lessons.resolve("course.lesson"), "course \"Links\"\n\nlesson \"one.lesson\"\n");
        Path own = Files.createDirectories(temp.resolve("my-templates"));
        Files.createSymbolicLink(own.resolve("player.js"), outside.resolve("secret.txt"));
        Path zip = temp.resolve("links.zip");
        Run run = Run.lesson("export", lessons.toString(), "--to", "html", "--size", "160x90", "--quality", "draft",
                "--no-voice", "--templates", own.toString(), "-o", zip.toString());
        refusedPlainly(run, 1);
        assertEquals("lesson: the course template player.js cannot be used: `player.js` is a link to "
                + outside.resolve("secret.txt") + ", which is outside the folder " + own.toRealPath()
                + "; copy the file into the folder instead of linking to it\n", run.err());
        assertFalse(Files.exists(zip));

        // the same folder with its link replaced by a copy exports, and the package holds the teacher's script
        Files.delete(own.resolve("player.js"));
        Files.writeString(own.resolve("player.js"), "// our own player\n");
        Run copied = Run.lesson("export", lessons.toString(), "--to", "html", "--size", "160x90", "--quality",
                "draft", "--no-voice", "--templates", own.toString(), "-o", zip.toString());
        assertEquals(0, copied.exitCode(), copied.err());
        StringBuilder everything = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                everything.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        assertTrue(everything.toString().contains("// our own player"));
        assertFalse(everything.toString().contains(SECRET));
    }

    @Test
    void aPromptTemplateThatIsALinkOutsideIsRefusedInOneLine() throws Exception {
        Path lesson = lesson("waves.lesson", """
                  footage "Ocean waves on a beach" for 2s
                """);
        Path own = Files.createDirectories(temp.resolve("my-prompts"));
        Files.createSymbolicLink(own.resolve("shot.ftl"), outside.resolve("secret.txt"));
        Run prompts = Run.lesson("prompts", lesson.toString(), "--templates", own.toString());
        refusedPlainly(prompts, 2);
        String refusal = "lesson: the prompt template shot.ftl cannot be used: `shot.ftl` is a link to "
                + outside.resolve("secret.txt") + ", which is outside the folder " + own.toRealPath()
                + "; copy the file into the folder instead of linking to it\n";
        assertEquals(refusal, prompts.err());
        assertEquals("", prompts.out());

        Path mp4 = temp.resolve("waves.mp4");
        Run render = Run.lesson("render", lesson.toString(), "--no-voice", "--quality", "draft", "--templates",
                own.toString(), "-o", mp4.toString());
        refusedPlainly(render, 1);
        assertEquals(refusal, render.err());
        assertFalse(Files.exists(mp4));
    }
}

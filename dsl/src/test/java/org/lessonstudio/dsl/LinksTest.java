package org.lessonstudio.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.source.RootFolder;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * Links in a lesson's folder: those that stay inside work, and the file the rest of Lesson Studio
 * opens is the one checked (its real path); those that leave are refused wherever they are on the
 * way. The annotated examples (links.lesson, course-links.lesson, clips-*.lesson) show the messages.
 */
class LinksTest {

    private static final String PICTURES = """
            lesson "Pictures"

            scene "One"
              image p: "assets/wheel.png" at (0, 0), size 2
              music "tune.wav"
              fade in p
            """;

    private static Lesson compile(Path file) throws Exception {
        LessonCompiler.Result result = LessonCompiler.compile(SourceFile.read(file));
        assertTrue(result.ok(), () -> DiagnosticPrinter.print(result.diagnostics()));
        return result.lesson().get();
    }

    @Test
    void aLessonInAFolderReachedThroughALinkedParentUsesItsOwnFiles(@TempDir Path temp) throws Exception {
        Path real = Files.createDirectories(temp.resolve("real/lesson"));
        Files.createDirectories(real.resolve("assets"));
        Files.createFile(real.resolve("assets/wheel.png"));
        Files.createFile(real.resolve("tune.wav"));
        Files.writeString(real.resolve("pictures.lesson"), PICTURES);
        Path linked = Files.createSymbolicLink(temp.resolve("desktop"), temp.resolve("real"));

        Lesson lesson = compile(linked.resolve("lesson/pictures.lesson"));
        Shape.Image image = (Shape.Image) lesson.scenes().get(0).shapes().get(0);
        assertEquals(real.resolve("assets/wheel.png").toRealPath(), image.file());
    }

    @Test
    void aLessonFileThatIsALinkReadsTheFilesBesideTheLessonItLeadsTo(@TempDir Path temp) throws Exception {
        Path real = Files.createDirectories(temp.resolve("lessons/sine"));
        Files.createDirectories(real.resolve("assets"));
        Files.createFile(real.resolve("assets/wheel.png"));
        Files.createFile(real.resolve("tune.wav"));
        Files.writeString(real.resolve("sine.lesson"), PICTURES);
        Path desktop = Files.createDirectories(temp.resolve("desktop"));
        Path today = Files.createSymbolicLink(desktop.resolve("today.lesson"), real.resolve("sine.lesson"));

        Lesson lesson = compile(today);
        Shape.Image image = (Shape.Image) lesson.scenes().get(0).shapes().get(0);
        assertEquals(real.resolve("assets/wheel.png").toRealPath(), image.file());
    }

    @Test
    void linksThatStayInsideWorkAndTheFileOpenedIsTheOneTheyLeadTo(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("pictures/2024"));
        Files.createFile(folder.resolve("pictures/2024/IMG_0001.png"));
        Files.createDirectories(folder.resolve("sounds"));
        Files.createFile(folder.resolve("sounds/take-3.wav"));
        Files.createSymbolicLink(folder.resolve("assets"), Path.of("pictures/2024"));
        Files.createSymbolicLink(folder.resolve("pictures/2024/wheel.png"), Path.of("IMG_0001.png"));
        Files.createSymbolicLink(folder.resolve("tune.wav"), Path.of("sounds/take-3.wav"));
        Files.writeString(folder.resolve("pictures.lesson"), PICTURES);

        Lesson lesson = compile(folder.resolve("pictures.lesson"));
        Shape.Image image = (Shape.Image) lesson.scenes().get(0).shapes().get(0);
        assertEquals(folder.resolve("pictures/2024/IMG_0001.png").toRealPath(), image.file());
        Action.Music music = (Action.Music) lesson.scenes().get(0).actions().get(0);
        assertEquals(folder.resolve("sounds/take-3.wav").toRealPath(), music.file());
    }

    @Test
    void theFirstLinkThatLeavesIsNamedWithWhereItLeads(@TempDir Path temp) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("lesson"));
        Files.createDirectories(temp.resolve("outside"));
        Files.writeString(temp.resolve("outside/private.png"), "private");
        // a chain: the first link stays inside, the second leaves
        Files.createSymbolicLink(folder.resolve("first.png"), Path.of("second.png"));
        Files.createSymbolicLink(folder.resolve("second.png"), Path.of("../outside/private.png"));
        Files.createSymbolicLink(folder.resolve("environment"), Path.of("/proc/self/environ"));
        Files.createSymbolicLink(folder.resolve("up"), Path.of(".."));

        RootFolder root = RootFolder.of(folder);
        RootFolder.Refused chain = assertInstanceOf(RootFolder.Refused.class, root.find("first.png"));
        assertEquals(RootFolder.Reason.LINK_OUTSIDE, chain.reason());
        assertEquals("first.png", chain.link());
        assertEquals("second.png (which leads to " + temp.resolve("outside/private.png").toRealPath() + ")",
                chain.target());

        RootFolder.Refused environment = assertInstanceOf(RootFolder.Refused.class, root.find("environment"));
        assertEquals(RootFolder.Reason.LINK_OUTSIDE, environment.reason());
        assertTrue(environment.target().startsWith("/proc/self/environ"), environment.target());
        Files.delete(folder.resolve("environment"));

        Files.createSymbolicLink(folder.resolve("odd.png"), Path.of("../outside/\n\u001b[2Jnew.png"));
        RootFolder.Refused odd = assertInstanceOf(RootFolder.Refused.class, root.find("odd.png"));
        assertEquals("../outside/\\u000a\\u001b[2Jnew.png", odd.target(), "a link's bytes never reach the terminal raw");

        RootFolder.Refused up = assertInstanceOf(RootFolder.Refused.class, root.find("up/outside/private.png"));
        assertEquals("up", up.link());
        assertEquals(RootFolder.Reason.ESCAPES,
                assertInstanceOf(RootFolder.Refused.class, root.find("../outside/private.png")).reason());
        assertEquals(RootFolder.Reason.ESCAPES,
                assertInstanceOf(RootFolder.Refused.class, root.find(temp.resolve("outside").toString())).reason());
        assertEquals(RootFolder.Reason.ABSENT,
                assertInstanceOf(RootFolder.Refused.class, root.find("nothing/here.png")).reason());
    }
}

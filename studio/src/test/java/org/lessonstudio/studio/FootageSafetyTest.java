package org.lessonstudio.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unsafe footage description is a mistake in the lesson, found before anything is sent. */
class FootageSafetyTest {

    @Test
    void theWordsAndTheirCategoryAreNamedWithAWayOut(@TempDir Path folder) throws Exception {
        Path lesson = folder.resolve("knights.lesson");
        Files.writeString(lesson, """
                lesson "Castles"
                  audience: Grade 4 history

                scene "One"
                  footage "Two knights fight a monster" for 3s
                """);
        Run check = Run.lesson("check", lesson.toString());
        assertEquals(2, check.exitCode());
        assertEquals(lesson + ":5:3: error: this footage description is not classroom-safe (violence, frightening "
                + "content): `fight`, `monster`\n"
                + " 5 |   footage \"Two knights fight a monster\" for 3s\n"
                + "   |   " + "^".repeat(44) + "\n"
                + "   = hint: describe the shot without these words; nothing was sent to any video service; for older "
                + "students, `safety: standard` in the lesson's header allows these\n"
                + "1 error in this lesson.\n", check.err());

        Files.writeString(lesson, Files.readString(lesson).replace("  audience: Grade 4 history\n",
                "  audience: Grade 11 history\n  safety: standard\n"));
        assertEquals(0, Run.lesson("check", lesson.toString()).exitCode());
    }

    @Test
    void aShotAServiceCannotMakeIsAWarningBeforeRendering(@TempDir Path folder) throws Exception {
        Path lesson = folder.resolve("long.lesson");
        Files.writeString(lesson, """
                lesson "Long shot"
                  footage: runway, procedural

                scene "One"
                  footage "A river flowing through a forest" for 12s
                """);
        Run check = Run.lesson("check", lesson.toString());
        assertEquals(0, check.exitCode(), "a warning: the render still works");
        assertEquals(lesson + ":5:3: warning: runway cannot make this shot: runway's gen4.5 makes clips of at most"
                + " 10 s; this shot is 12.0 s (shorten it, or split it into two shots)\n"
                + " 5 |   footage \"A river flowing through a forest\" for 12s\n"
                + "   |   " + "^".repeat(50) + "\n"
                + "   = hint: a render will take it from procedural instead; to have it from runway, change the shot"
                + " to fit\n", check.err());
    }
}

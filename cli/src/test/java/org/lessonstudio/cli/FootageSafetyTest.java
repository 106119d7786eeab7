package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unsafe footage description is a mistake in the lesson, found before anything is sent. */
class FootageSafetyTest {

    @Test
    void theCategoryRuleAndWordsAreNamedWithAWayToSayItOtherwise(@TempDir Path folder) throws Exception {
        Path lesson = folder.resolve("wellbeing.lesson");
        Files.writeString(lesson, """
                lesson "Feeling low"
                  audience: Grade 9 health

                scene "One"
                  footage "A student jumping off the school roof to end their life" for 3s
                """);
        Run check = Run.lesson("check", lesson.toString());
        assertEquals(2, check.exitCode());
        assertEquals(lesson + ":5:3: error: this footage description is not classroom-safe (self harm): `end their"
                + " life`\n"
                + " 5 |   footage \"A student jumping off the school roof to end their life\" for 3s\n"
                + "   |   " + "^".repeat(72) + "\n"
                + "   = hint: do not show the act or its means; for a lesson on wellbeing show people talking, a helpline"
                + " poster or a calm place (rule `suicide-and-self-harm`); nothing was sent to any video service\n"
                + "1 error in this lesson.\n", check.err());
    }

    @Test
    void strictRefusesWhatStandardAllowsAndSaysSo(@TempDir Path folder) throws Exception {
        Path lesson = folder.resolve("pub.lesson");
        Files.writeString(lesson, """
                lesson "Alcohol and the body"
                  audience: Grade 4 science

                scene "One"
                  footage "Adults getting drunk at a pub" for 3s
                """);
        Run check = Run.lesson("check", lesson.toString());
        assertEquals(2, check.exitCode());
        assertTrue(check.err().contains("not classroom-safe (alcohol tobacco): `getting drunk`"), check.err());
        assertTrue(check.err().contains("; for older students, `safety: standard` in the lesson's header allows"
                + " this"), check.err());
        Files.writeString(lesson, Files.readString(lesson).replace("  audience: Grade 4 science\n",
                "  audience: Grade 11 science\n  safety: standard\n"));
        assertEquals(0, Run.lesson("check", lesson.toString()).exitCode());
    }

    @Test
    void chineseFootageIsCheckedToo(@TempDir Path folder) throws Exception {
        Path lesson = folder.resolve("zh.lesson");
        Files.writeString(lesson, """
                lesson "历史"
                  language: zh

                scene "一"
                  footage "士兵被子弹打中，鲜血四溅" for 3s
                  footage "长城蜿蜒在群山之间" for 3s
                """);
        Run check = Run.lesson("check", lesson.toString());
        assertEquals(2, check.exitCode(), check.err());
        assertTrue(check.err().contains(":5:3: error: this footage description is not classroom-safe (graphic injury"),
                check.err());
        assertTrue(check.err().contains("1 error in this lesson."), check.err());
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

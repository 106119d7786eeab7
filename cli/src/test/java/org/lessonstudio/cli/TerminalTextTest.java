package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a lesson's folder or a command line holds reaches the terminal as a control character
 * (issue 11 review, items 11 and 19): a clip named with an escape sequence, a file name or an
 * argument with one, are printed with the escape shown (\u241B), so none can retitle the window,
 * clear the screen or ring the bell.
 */
class TerminalTextTest {

    private static final String ESCAPES = "\u001b]0;pwned\u0007\u001b[2J\u009b31m";

    private static void noControlCharacter(Run run) {
        String all = run.out() + run.err();
        for (char c : all.toCharArray()) {
            assertFalse(c != '\n' && c != '\t' && Character.getType(c) == Character.CONTROL,
                    String.format("U+%04X printed raw in:%n%s", (int) c, all));
        }
    }

    @Test
    void aFileNameOrAnArgumentWithEscapesIsShownNotObeyed(@TempDir Path folder) throws Exception {
        Run check = Run.lesson("check", folder.resolve("x" + ESCAPES + ".lesson").toString());
        assertEquals(1, check.exitCode());
        noControlCharacter(check);
        assertTrue(check.err().contains("x\u241b]0;pwned\u2407\u241b[2J\ufffd31m.lesson"), check.err());

        Path lesson = Files.writeString(folder.resolve("a.lesson"), """
                lesson "A"
                  video: 160x90, 10 fps

                scene "One"
                  wait 1s
                """);
        Run language = Run.lesson("check", lesson.toString(), "--lang", ESCAPES);
        assertEquals(1, language.exitCode(), language.out());
        noControlCharacter(language);
        assertTrue(language.err().contains("\u241b]0;pwned\u2407"), language.err());

        Run option = Run.lesson("render", lesson.toString(), "--" + ESCAPES);
        assertEquals(1, option.exitCode());
        noControlCharacter(option);
    }

    @Test
    void aClipNamedWithEscapesIsShownNotObeyedWhenTheRenderSaysWhereFootageCameFrom(@TempDir Path folder)
            throws Exception {
        Path clips = Files.createDirectories(folder.resolve("clips"));
        Files.copy(Path.of("../examples/assets/clips/snowy-hills-at-sunrise.png"),
                clips.resolve("snowy-hills-at-sunrise" + ESCAPES + ".png"));
        Path lesson = Files.writeString(folder.resolve("hills.lesson"), """
                lesson "Hills"
                  video: 160x90, 10 fps
                  clips: "clips"

                scene "Hills"
                  footage "Sunrise over snowy hills" for 1s
                """);
        Run render = Run.lesson("render", lesson.toString(), "--offline", "--no-voice", "--quality", "draft");
        assertEquals(0, render.exitCode(), render.err());
        noControlCharacter(render);
        assertTrue(render.out().contains("snowy-hills-at-sunrise\u241b]0;pwned\u2407"), render.out());
    }
}

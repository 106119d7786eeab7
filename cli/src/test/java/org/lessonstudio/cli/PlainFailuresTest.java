package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a teacher sees when writing fails or a library talks (issue 11 review, item 12): one plain
 * line saying what to do, never "something went wrong (FileAlreadyExistsException)", and nothing
 * printed behind Lesson Studio's back (Batik's "lacks BUFFERED_IMAGE hint" at every SVG filter).
 * Read-only disks, protected files and full disks are said as plainly ({@code WriteFailureTest}).
 */
class PlainFailuresTest {

    private static final String LESSON = """
            lesson "Blur"
              video: 160x90, 10 fps

            scene "One"
              image p: "blur.svg" at (0, 0), size 3
              show p
              wait 1s
            """;

    private static final String BLURRED = """
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">
              <filter id="b"><feGaussianBlur stdDeviation="4"/></filter>
              <filter id="t"><feTurbulence baseFrequency="0.05"/></filter>
              <rect x="20" y="20" width="160" height="60" fill="blue" filter="url(#b)"/>
              <rect width="50" height="50" filter="url(#t)"/>
            </svg>
            """;

    @Test
    void aStillIntoAFolderThatIsAFileSaysSoInOneLine(@TempDir Path folder) throws Exception {
        Path lesson = Files.writeString(folder.resolve("blur.lesson"), LESSON);
        Files.writeString(folder.resolve("blur.svg"), BLURRED);
        Path notes = Files.writeString(folder.resolve("notes.txt"), "notes");
        Run run = Run.lesson("still", lesson.toString(), "--at", "0.5", "--no-voice", "-o",
                notes.resolve("x.png").toString());
        assertEquals(1, run.exitCode());
        assertEquals("lesson: cannot write " + notes.resolve("x.png") + ": " + notes + " is a file, not a folder; "
                + "choose another place with -o; nothing was written\n", run.err());
    }

    @Test
    void batikPrintsNothingWhileFiltersAreDrawn(@TempDir Path folder) throws Exception {
        Path lesson = Files.writeString(folder.resolve("blur.lesson"), LESSON);
        Files.writeString(folder.resolve("blur.svg"), BLURRED);
        PrintStream saved = System.err;
        ByteArrayOutputStream behind = new ByteArrayOutputStream();
        Run run;
        try {
            System.setErr(new PrintStream(behind, true, StandardCharsets.UTF_8));
            run = Run.lesson("render", lesson.toString(), "--no-voice", "--quality", "draft");
        } finally {
            System.setErr(saved);
        }
        assertEquals(0, run.exitCode(), run.err());
        String printed = behind.toString(StandardCharsets.UTF_8);
        assertFalse(printed.contains("BUFFERED_IMAGE"), printed);
        assertTrue(Files.size(folder.resolve("blur.mp4")) > 0);
    }
}

package org.lessonstudio.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.source.Limits;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * Messages that said something untrue or contradictory, from the review of issue 11: a count of
 * errors that did not add up, a file "2.0 MB" over a limit of "2 MB", a pipe called a missing
 * file, and an empty clips folder called one outside the lesson.
 */
class PlainMessagesTest {

    @TempDir
    Path folder;

    private static final String HEAD = "lesson \"T\"\n\nscene \"S\"\n";

    @Test
    void theLastLineCountsEveryErrorNotOnlyThoseShown() {
        String junk = HEAD + "  ~\n".repeat(150);
        LessonCompiler.Result result = LessonCompiler.compile(SourceFile.of("t.lesson", junk));
        String printed = DiagnosticPrinter.print(result.diagnostics());
        // each line holds two mistakes (an unknown character, then no statement)
        assertTrue(printed.contains("there are 201 more mistakes after the first 100"), printed);
        assertTrue(printed.endsWith("301 errors in this lesson.\n"), printed.substring(printed.length() - 200));
    }

    @Test
    void aFileJustOverTheLimitIsNotSaidToBeTheLimit() {
        byte[] bytes = new byte[Limits.FILE_BYTES + 1];
        java.util.Arrays.fill(bytes, (byte) 'x');
        LessonCompiler.Result result = LessonCompiler.compile(SourceFile.fromBytes("big.lesson", null, bytes));
        assertEquals("this file is 2,097,153 bytes, but a lesson or course file can be at most 2,097,152 bytes (2 MB)",
                result.diagnostics().get(0).message());
        bytes = new byte[3 * 1024 * 1024 + 300 * 1024];
        java.util.Arrays.fill(bytes, (byte) 'x');
        assertEquals("this file is 3.3 MB, but a lesson or course file can be at most 2 MB",
                LessonCompiler.compile(SourceFile.fromBytes("big.lesson", null, bytes)).diagnostics().get(0).message());
    }

    private List<String> checked(String lesson) throws IOException {
        Path file = Files.writeString(folder.resolve("t.lesson"), lesson);
        return LessonCompiler.compile(SourceFile.read(file)).diagnostics().stream()
                .map(d -> d.line() + ":" + d.column() + " " + d.message() + " / " + String.join(" / ", d.hints()))
                .toList();
    }

    @Test
    void aPipeOrAFolderNamedLikeAPictureIsNotCalledMissing() throws Exception {
        Files.createDirectories(folder.resolve("assets/photo.png"));
        Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("assets/pipe.png").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Process mkfifo2 = new ProcessBuilder("mkfifo", folder.resolve("assets/tune.mp3").toString()).start();
        assertEquals(0, mkfifo2.waitFor());
        String hint = " / a lesson uses files saved in its folder: pictures, recordings and music";
        assertEquals(List.of(
                "4:12 `assets/photo.png` is a folder, not a file" + hint,
                "5:12 `assets/pipe.png` is a pipe or a device, not a file" + hint,
                "7:9 `assets/tune.mp3` is a pipe or a device, not a file" + hint),
                checked(HEAD + "  image a: \"assets/photo.png\" at center\n  image b: \"assets/pipe.png\" at top\n"
                        + "  draw a, b\n  music \"assets/tune.mp3\"\n"));
    }

    @Test
    void anEmptyClipsFolderNameIsSaidToBeEmpty() throws IOException {
        List<String> found = checked("lesson \"T\"\n  clips: \"\"\n\nscene \"S\"\n  wait 1s\n");
        assertEquals(List.of("2:10 the clips folder's name is empty / write the name of a folder beside the lesson,"
                + " such as clips: \"clips\""), found);
    }
}

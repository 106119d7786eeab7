package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `render --sign` hands the record to c2patool, or says plainly that it cannot; `lesson provenance` reads it. */
class SigningTest {

    @Test
    void withoutC2patoolSigningIsAClearErrorAndNothingIsRendered(@TempDir Path folder) {
        // a PATH of the test's own, without c2patool on it: the machine's environment is never touched
        Path video = folder.resolve("waves.mp4");
        Run run = Run.in(Run.ENV.with("PATH", folder.toString()), "render", "../examples/footage.lesson", "--sign", "-o", video.toString(), "--size",
                "160x90", "--no-voice");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("lesson: --sign needs C2PA's c2patool on the PATH, and none was found"),
                run.err());
        assertFalse(Files.exists(video));
    }

    @Test
    void theRecordIsSignedBesideTheVideoAndReadBackForATeacher(@TempDir Path folder) throws Exception {
        // a stand-in for c2patool: writes the sidecar where the real one does, from the manifest it is given
        Path tool = folder.resolve("c2patool");
        Files.writeString(tool, "#!/bin/sh\nout=$5\ncp \"$3\" \"${out%.mp4}.c2pa\"\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path video = folder.resolve("waves.mp4");
        Run run = Run.in(Run.ENV.with("PATH", folder + java.io.File.pathSeparator + Run.ENV.variable("PATH")
                .orElse("")), "render", "../examples/footage.lesson", "--sign", "-o", video.toString(), "--size",
                "160x90", "--fps", "10", "--quality", "draft", "--no-voice");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Wrote " + folder.resolve("waves.c2pa") + " (signed by c2patool)."), run.out());
        assertEquals(Files.readString(folder.resolve("waves.provenance.json")),
                Files.readString(folder.resolve("waves.c2pa")));

        Run told = Run.lesson("provenance", video.toString());
        assertEquals(0, told.exitCode(), told.err());
        String[] lines = told.out().split("\n");
        assertTrue(lines[0].startsWith("waves.mp4, made by Lesson Studio "), told.out());
        assertEquals("Contains no AI-generated material: drawn and spoken by rules.", lines[1]);
        assertEquals("The record matches this video file and the 5 files beside it that it names.", lines[2]);
        assertEquals("  0.0 s\u20134.0 s     footage \u201COcean waves rolling onto a sandy beach under a grey sky, "
                + "camera still\u201D: drawn from its words by Lesson Studio (not AI)", lines[4]);

        Files.write(video, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        Run changed = Run.lesson("provenance", video.toString());
        assertEquals(1, changed.exitCode());
        assertTrue(changed.err().startsWith("lesson: the provenance record waves.provenance.json does not describe this"
                + " video: it names a video whose SHA-256 begins "), changed.err());
        assertTrue(changed.out().startsWith("waves.mp4 (from the summary inside the video itself):"), changed.out());
    }
}

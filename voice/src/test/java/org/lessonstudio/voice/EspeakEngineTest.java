package org.lessonstudio.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EspeakEngineTest {

    /**
     * espeak-ng asked for a voice it lacks stops before reading what it was to say; the message is
     * about the voice, whenever it stops (before this, a sentence longer than the pipe holds, or a
     * slow start, made it "Stream closed").
     */
    @Test
    void aVoiceItDoesNotHaveIsSaidAsSuchEvenWhenItStopsBeforeReading(@TempDir Path folder) throws Exception {
        Path fake = folder.resolve("espeak-ng");
        Files.writeString(fake, "#!/bin/sh\necho 'Error: voice does not exist' >&2\nexit 1\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        EspeakEngine engine = new EspeakEngine(fake.toString());
        String longSentence = "Hello there. ".repeat(20_000); // more than a pipe holds
        IOException e = assertThrows(IOException.class,
                () -> engine.speak(longSentence, "tlh", 1, folder.resolve("out.wav")));
        assertEquals("espeak-ng has no voice `tlh` (`espeak-ng --voices` lists the languages it speaks)",
                e.getMessage());
    }
}

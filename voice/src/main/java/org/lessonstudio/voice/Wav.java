package org.lessonstudio.voice;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** How long a WAV file lasts, counted from its samples (not trusted from its header). */
public final class Wav {

    private Wav() {
    }

    public static double seconds(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
             AudioInputStream audio = AudioSystem.getAudioInputStream(in)) {
            AudioFormat format = audio.getFormat();
            long bytes = 0;
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = audio.read(buffer)) > 0) {
                bytes += n;
            }
            return bytes / (double) format.getFrameSize() / format.getFrameRate();
        } catch (UnsupportedAudioFileException e) {
            throw new IOException(file.getFileName() + " is not a WAV file Java can read", e);
        }
    }
}

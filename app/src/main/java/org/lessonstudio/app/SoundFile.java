package org.lessonstudio.app;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lessonstudio.media.AudioFiles;
import org.lessonstudio.media.AudioMix;

/** A lesson's sound as a plain WAV file, for a player that plays files (the preview's). */
final class SoundFile {

    private SoundFile() {
    }

    /** The mix as a 16-bit stereo WAV file, which every JavaFX platform plays; deleted when Java exits. */
    static Path write(AudioMix mix) throws IOException {
        Path wav = Files.createTempFile("lesson-preview-", ".wav");
        wav.toFile().deleteOnExit();
        long frames = mix.frames();
        long bytes = frames * 4;
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(wav), 1 << 16);
             DataOutputStream out = new DataOutputStream(raw)) {
            out.writeBytes("RIFF");
            out.writeInt(Integer.reverseBytes((int) (36 + bytes)));
            out.writeBytes("WAVEfmt ");
            out.writeInt(Integer.reverseBytes(16));
            out.writeShort(Short.reverseBytes((short) 1));
            out.writeShort(Short.reverseBytes((short) 2));
            out.writeInt(Integer.reverseBytes(AudioFiles.RATE));
            out.writeInt(Integer.reverseBytes(AudioFiles.RATE * 4));
            out.writeShort(Short.reverseBytes((short) 4));
            out.writeShort(Short.reverseBytes((short) 16));
            out.writeBytes("data");
            out.writeInt(Integer.reverseBytes((int) bytes));
            int chunk = 4800;
            float[] samples = new float[chunk * 2];
            for (long at = 0; at < frames; at += chunk) {
                int n = (int) Math.min(chunk, frames - at);
                mix.read(at, samples, n);
                for (int i = 0; i < 2 * n; i++) {
                    float s = Math.max(-1f, Math.min(1f, samples[i]));
                    out.writeShort(Short.reverseBytes((short) Math.round(s * 32767)));
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(wav);
            throw e;
        }
        return wav;
    }

}

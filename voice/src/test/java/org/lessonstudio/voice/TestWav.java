package org.lessonstudio.voice;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Silent 16-bit mono WAV audio of a given length, as a speech engine would answer. */
final class TestWav {

    static final int RATE = 24_000;

    private TestWav() {
    }

    static byte[] silence(double seconds) {
        int samples = (int) Math.round(seconds * RATE);
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(36 + 2 * samples).put("WAVE".getBytes());
        header.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(RATE)
                .putInt(RATE * 2).putShort((short) 2).putShort((short) 16);
        header.put("data".getBytes()).putInt(2 * samples);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        out.writeBytes(new byte[2 * samples]);
        return out.toByteArray();
    }
}

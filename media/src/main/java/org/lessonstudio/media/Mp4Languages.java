package org.lessonstudio.media;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * Every track of an MP4 tagged with the lesson's language: video, sound, captions and the chapter
 * track a player lists scenes from. FFmpeg's MP4 writer leaves a track it was not told about as
 * undetermined ({@code und}) and writes its chapter track as English whatever the lesson speaks,
 * so the language is written here, into each track's media header ({@code mdhd}, ISO 639-2/T
 * packed in 15 bits), in place: the file's length does not change.
 */
public final class Mp4Languages {

    private Mp4Languages() {
    }

    /** ISO 639-2 for a BCP 47 tag: {@code zh} and {@code zh-Hans} → {@code zho}, {@code en-GB} → {@code eng}; {@code und} if unknown. */
    public static String iso639(String bcp47) {
        try {
            String three = Locale.forLanguageTag(bcp47 == null ? "" : bcp47).getISO3Language();
            return three.matches("[a-z]{3}") ? three : "und";
        } catch (MissingResourceException e) {
            return "und";
        }
    }

    /** Writes {@code iso639} (three lower-case letters) as the language of every track of the file. */
    public static void tag(Path mp4, String iso639) throws IOException {
        if (!iso639.matches("[a-z]{3}")) {
            throw new IllegalArgumentException("not an ISO 639-2 code: " + iso639);
        }
        int packed = ((iso639.charAt(0) - 0x60) << 10) | ((iso639.charAt(1) - 0x60) << 5) | (iso639.charAt(2) - 0x60);
        try (RandomAccessFile file = new RandomAccessFile(mp4.toFile(), "rw")) {
            long[] moov = find(file, 0, file.length(), "moov");
            if (moov == null) {
                throw new IOException(mp4.getFileName() + " has no movie header");
            }
            long at = moov[0];
            while (at < moov[1]) {
                long[] box = box(file, at, moov[1]);
                if (box == null) {
                    break;
                }
                if (type(file, at).equals("trak")) {
                    long[] mdia = find(file, box[0], box[1], "mdia");
                    long[] mdhd = mdia == null ? null : find(file, mdia[0], mdia[1], "mdhd");
                    if (mdhd != null) {
                        file.seek(mdhd[0]);
                        int version = file.read();
                        long language = mdhd[0] + 4 + (version == 1 ? 8 + 8 + 4 + 8 : 4 + 4 + 4 + 4);
                        file.seek(language);
                        file.writeShort(packed);
                    }
                }
                at = box[1];
            }
        }
    }

    /** The first box of a type between two offsets: where its contents start and where it ends. */
    private static long[] find(RandomAccessFile file, long from, long to, String wanted) throws IOException {
        long at = from;
        while (at + 8 <= to) {
            long[] box = box(file, at, to);
            if (box == null) {
                return null;
            }
            if (type(file, at).equals(wanted)) {
                return box;
            }
            at = box[1];
        }
        return null;
    }

    /** The box at {@code at}: where its contents start and where it ends; null if it does not fit. */
    private static long[] box(RandomAccessFile file, long at, long limit) throws IOException {
        file.seek(at);
        long size = file.readInt() & 0xffffffffL;
        long header = 8;
        if (size == 1) {
            file.seek(at + 8);
            size = file.readLong();
            header = 16;
        } else if (size == 0) {
            size = limit - at;
        }
        if (size < header || at + size > limit) {
            return null;
        }
        return new long[] {at + header, at + size};
    }

    private static String type(RandomAccessFile file, long at) throws IOException {
        byte[] type = new byte[4];
        file.seek(at + 4);
        file.readFully(type);
        return new String(type, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

}

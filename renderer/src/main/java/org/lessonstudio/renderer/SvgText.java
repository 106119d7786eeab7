package org.lessonstudio.renderer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * An SVG file's text, read with bounds: at most {@link #MOST_BYTES} from the disk, and a file
 * packed with gzip (which Batik would unpack without limit: 3 MB can hold 3 GB) unpacked no further
 * than the same. Its encoding (a byte order mark, UTF-16 or UTF-32 without one, or what its XML
 * declaration says) is found once, here and not by a parser, and the text decoded here is the text every check reads and
 * the text Batik draws, so no check can be passed in one encoding and drawn in another.
 */
final class SvgText {

    /** Ten megabytes: far more than any drawing needs, and a bound on what a check reads. */
    static final int MOST_BYTES = 10 * 1024 * 1024;

    /** Why an SVG's text cannot be read, in words for a teacher. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private SvgText() {
    }

    static String read(Path file) throws Unreadable {
        byte[] bytes;
        try {
            if (HeldInputs.size(file) > MOST_BYTES) {
                throw new Unreadable("the SVG is larger than " + MOST_BYTES / 1024 / 1024 + " MB");
            }
            bytes = atMost(HeldInputs.open(file));
        } catch (IOException e) {
            throw new Unreadable("the SVG cannot be read (" + (e.getMessage() == null ? "it is damaged"
                    : SvgScan.plain(e.getMessage())) + ")");
        }
        return fromBytes(bytes);
    }

    /** The text of an SVG's bytes: unpacked if packed, decoded in the encoding they say. */
    static String fromBytes(byte[] read) throws Unreadable {
        byte[] bytes = read;
        if (bytes.length > MOST_BYTES) {
            throw new Unreadable("the SVG is larger than " + MOST_BYTES / 1024 / 1024 + " MB");
        }
        if (bytes.length > 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            try {
                bytes = atMost(new GZIPInputStream(new ByteArrayInputStream(bytes)));
            } catch (IOException e) {
                throw new Unreadable("the SVG is packed, and cannot be unpacked (" + (e.getMessage() == null
                        ? "it is damaged" : SvgScan.plain(e.getMessage())) + ")");
            }
            if (bytes.length > MOST_BYTES) {
                throw new Unreadable("the SVG is packed, and unpacks to more than " + MOST_BYTES / 1024 / 1024 + " MB");
            }
        }
        return decoded(bytes);
    }

    /** The stream's bytes, but never more than one past the limit (so "too large" can be told). */
    private static byte[] atMost(InputStream stream) throws IOException {
        try (InputStream in = stream) {
            return in.readNBytes(MOST_BYTES + 1);
        }
    }

    private static String decoded(byte[] bytes) throws Unreadable {
        String name = encoding(bytes);
        if (name.toUpperCase(java.util.Locale.ROOT).replace("-", "").equals("UTF16")) {
            name = "UTF-16"; // declared without a byte order mark: Java reads it as big-endian, as XML does
        }
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new Unreadable("the SVG is written in an encoding (" + shown(name) + ") Lesson Studio does not "
                    + "read; save it again as UTF-8");
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Unreadable("the SVG says it is written in " + shown(name) + ", but it is not; save it again "
                    + "as UTF-8");
        }
    }

    private static final java.util.regex.Pattern DECLARED = java.util.regex.Pattern.compile(
            "^<\\?xml[^>]*?encoding\\s*=\\s*['\"]([^'\"]*)['\"]");

    /**
     * The encoding of these bytes as XML says it is found (its appendix F): a byte order mark,
     * else how {@code <?} is written (UTF-16 or UTF-32 without a mark), else the declaration's
     * {@code encoding}, else UTF-8.
     */
    static String encoding(byte[] bytes) {
        int b0 = bytes.length > 0 ? bytes[0] & 0xFF : -1;
        int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
        int b2 = bytes.length > 2 ? bytes[2] & 0xFF : -1;
        int b3 = bytes.length > 3 ? bytes[3] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return "UTF-8";
        }
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF || b0 == 0 && b1 == 0 && b2 == 0 && b3 == 0x3C) {
            return "UTF-32BE";
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 || b0 == 0x3C && b1 == 0 && b2 == 0 && b3 == 0) {
            return "UTF-32LE";
        }
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 == 0x3C) {
            return "UTF-16BE";
        }
        if (b0 == 0xFF && b1 == 0xFE || b0 == 0x3C && b1 == 0) {
            return "UTF-16LE";
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher declared = DECLARED.matcher(start);
        return declared.find() ? declared.group(1).strip() : "UTF-8";
    }

    private static String shown(String name) {
        return name.length() > 30 ? name.substring(0, 27) + "..." : name.replaceAll("\\p{Cntrl}", "?");
    }
}

package org.lessonstudio.renderer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An SVG file's text, read with bounds: at most {@link #MOST_BYTES} from the disk, and a file
 * packed with gzip (which Batik would unpack without limit: 3 MB can hold 3 GB) unpacked no further
 * than the same. Its encoding (UTF-8, UTF-16 with or without a byte order mark, or what its XML
 * declaration says) is found once, and the text decoded here is the text every check reads and
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
            if (Files.size(file) > MOST_BYTES) {
                throw new Unreadable("the SVG is larger than " + MOST_BYTES / 1024 / 1024 + " MB");
            }
            bytes = atMost(Files.newInputStream(file));
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

    /** The encoding an XML parser finds for these bytes: the byte order mark, then the declaration. */
    private static String encoding(byte[] bytes) throws Unreadable {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                String found = reader.getEncoding();
                return found == null ? "UTF-8" : found;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new Unreadable("the SVG is not XML (" + SvgScan.plain(e.getMessage()) + ")");
        }
    }

    private static String shown(String name) {
        return name.length() > 30 ? name.substring(0, 27) + "..." : name.replaceAll("\\p{Cntrl}", "?");
    }
}

package org.lessonstudio.renderer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * An SVG must be whole in itself: a picture, font or stylesheet it would fetch from another file or
 * the web is never loaded, so a drawing that depends on one is refused at check time, with the
 * reference named, rather than drawn with a hole in it (or failing at render).
 */
final class SvgReferences {

    private static final Pattern CSS_URL = Pattern.compile("(?i)(?:url\\(\\s*['\"]?|@import\\s+['\"])([^'\")\\s]+)");

    private SvgReferences() {
    }

    /** Ten megabytes: far more than any drawing needs, and a bound on what a check reads. */
    static final long MOST_BYTES = 10L * 1024 * 1024;

    private static final Pattern SYSTEM_ID = Pattern.compile("<!DOCTYPE[^>\\[]*SYSTEM\\s+['\"]([^'\"]*)['\"]");

    static Optional<String> outside(Path file) {
        try {
            if (HeldInputs.size(file) > MOST_BYTES) {
                return Optional.of("the SVG is larger than " + MOST_BYTES / 1024 / 1024 + " MB");
            }
            // Entities and outside DTDs can pull another file's text into the drawing (XXE): refused
            // before any XML parser sees the file.
            String raw = new String(HeldInputs.bytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (raw.contains("<!ENTITY")) {
                return Optional.of("the SVG declares entities, which can bring in other files; save it again "
                        + "without a DOCTYPE");
            }
            Matcher system = SYSTEM_ID.matcher(raw);
            if (system.find() && !system.group(1).startsWith("http://www.w3.org/")) {
                return Optional.of(refers(system.group(1)));
            }
        } catch (IOException e) {
            return Optional.of("the SVG cannot be read (" + e.getMessage() + ")");
        }
        Document document;
        try (java.io.InputStream in = HeldInputs.open(file)) {
            document = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName())
                    .createDocument(file.toUri().toString(), in);
        } catch (IOException | RuntimeException e) {
            return Optional.of("the SVG cannot be read (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().strip()) + ")");
        }
        return walk(document.getDocumentElement());
    }

    private static Optional<String> walk(Node node) {
        if (node instanceof Element element) {
            if (element.getLocalName() != null && element.getLocalName().equals("script")) {
                return Optional.of("the SVG contains a script; pictures in a lesson are drawn, never run");
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
                String value = attribute.getValue().strip();
                if ((name.equals("href") || name.equals("src")) && !inside(value)) {
                    return Optional.of(refers(value));
                }
                Optional<String> css = css(value);
                if (css.isPresent()) {
                    return css;
                }
            }
        } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            Optional<String> css = css(node.getNodeValue());
            if (css.isPresent()) {
                return css;
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            Optional<String> found = walk(child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> css(String text) {
        if (text == null || !(text.contains("url(") || text.contains("URL(") || text.contains("@import"))) {
            return Optional.empty();
        }
        Matcher m = CSS_URL.matcher(text);
        while (m.find()) {
            if (!inside(m.group(1))) {
                return Optional.of(refers(m.group(1)));
            }
        }
        return Optional.empty();
    }

    /** A reference to a part of the same file, or data written into it. */
    private static boolean inside(String reference) {
        return reference.isEmpty() || reference.startsWith("#")
                || reference.toLowerCase(Locale.ROOT).startsWith("data:");
    }

    private static String refers(String reference) {
        String shown = reference.length() > 60 ? reference.substring(0, 57) + "..." : reference;
        return "the SVG loads `" + shown + "` from outside itself, and pictures may only use what is inside "
                + "their own file";
    }
}

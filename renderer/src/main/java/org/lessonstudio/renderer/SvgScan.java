package org.lessonstudio.renderer;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An SVG's text read once, element by element (never recursively), before Batik is given it: what
 * could make Batik read another file, run a script, recurse past its stack, draw without end, or
 * build a raster larger than memory is refused here with words for a teacher. Held:
 * <ul>
 *   <li>whole in itself: no entity declarations, outside DTDs or stylesheets, no reference (an
 *   {@code href}, a CSS {@code url()} or {@code @import}) to another file or the web; pictures
 *   written inside it ({@code data:image/png;base64,…}, or JPEG) are allowed, their headers read
 *   and their pixels counted;</li>
 *   <li>no script;</li>
 *   <li>at most {@link #MOST_DEPTH} levels of nested elements and {@link #MOST_ELEMENTS} elements,
 *   and, with every {@code <use>} and other reference drawn out, at most {@link SvgReach#MOST_DRAWN}
 *   elements drawn; no reference that comes back to itself;</li>
 *   <li>filters whose sizes stay within the picture's own ({@link SvgFilters}).</li>
 * </ul>
 */
final class SvgScan {

    /** Batik's styling and drawing recurse once per level; 256 leaves room on a half-megabyte stack. */
    static final int MOST_DEPTH = 256;
    static final int MOST_ELEMENTS = 100_000;

    private static final Pattern CSS_URL = Pattern.compile("(?i)(?:url\\(\\s*['\"]?|@import\\s+['\"])([^'\")\\s]+)");
    private static final Pattern LOCAL_URL = Pattern.compile("(?i)url\\(\\s*['\"]?#([^'\")\\s]+)");
    private static final Pattern SYSTEM_ID = Pattern.compile("SYSTEM\\s+['\"]([^'\"]*)['\"]");
    private static final Pattern PI_HREF = Pattern.compile("href\\s*=\\s*['\"]([^'\"]*)['\"]");
    private static final Pattern DATA_PICTURE = Pattern.compile("(?is)data:image/(png|jpeg|jpg);base64,(.*)");

    private final SvgReach reach = new SvgReach();
    private final SvgFilters filters = new SvgFilters();
    private long embeddedPixels;

    private SvgScan() {
    }

    /** What is wrong with this SVG's text, or empty if Batik may be given it. */
    static Optional<String> problem(String text) {
        // Entities and outside DTDs can pull another file's text into the drawing (XXE): refused
        // before any XML parser sees a declaration (the text is already decoded, whatever encoding
        // the file was in).
        if (text.contains("<!ENTITY")) {
            return Optional.of("the SVG declares entities, which can bring in other files; save it again without a "
                    + "DOCTYPE");
        }
        try {
            return new SvgScan().scan(text);
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.of("the SVG is not well-formed XML (" + plain(e.getMessage()) + ")");
        }
    }

    private Optional<String> scan(String text) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(text));
        int depth = 0;
        List<Integer> open = new ArrayList<>();
        boolean inStyle = false;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                Optional<String> found = switch (event) {
                    case XMLStreamConstants.DTD -> dtd(xml.getText());
                    case XMLStreamConstants.ENTITY_REFERENCE -> Optional.of("the SVG uses an entity (`&"
                            + shown(xml.getLocalName()) + ";`), which can bring in other files; save it again "
                            + "without a DOCTYPE");
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> instruction(xml.getPITarget(), xml.getPIData());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            css(xml.getText());
                    default -> Optional.empty();
                };
                if (found.isPresent()) {
                    return found;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > MOST_DEPTH) {
                        return Optional.of("the SVG nests its elements more than " + MOST_DEPTH
                                + " levels deep, more than Lesson Studio draws");
                    }
                    if (reach.size() >= MOST_ELEMENTS) {
                        return Optional.of("the SVG has more than " + MOST_ELEMENTS
                                + " elements, more than Lesson Studio draws");
                    }
                    int element = reach.add(open.isEmpty() ? -1 : open.get(open.size() - 1), xml.getLocalName());
                    open.add(element);
                    found = element(xml, element);
                    if (found.isPresent()) {
                        return found;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    open.remove(open.size() - 1);
                }
            }
        } finally {
            xml.close();
        }
        Optional<String> drawn = reach.problem();
        return drawn.isPresent() ? drawn : filters.problem(reach.rootSize());
    }

    private Optional<String> element(XMLStreamReader xml, int element) {
        String name = xml.getLocalName();
        if (name.equals("script")) {
            return Optional.of("the SVG contains a script; pictures in a lesson are drawn, never run");
        }
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String attribute = xml.getAttributeLocalName(i);
            String value = xml.getAttributeValue(i).strip();
            attributes.put(attribute, value);
            if (attribute.equals("id")) {
                reach.named(element, value);
            }
            if (attribute.equals("href") || attribute.equals("src")) {
                Optional<String> problem = reference(value);
                if (problem.isPresent()) {
                    return problem;
                }
                if (value.startsWith("#") && !name.equals("a")) {
                    reach.refers(element, value.substring(1));
                }
            }
            Optional<String> css = css(value);
            if (css.isPresent()) {
                return css;
            }
            Matcher local = LOCAL_URL.matcher(value);
            while (local.find()) {
                reach.refers(element, local.group(1));
            }
        }
        if (reach.size() == 1) {
            reach.rootSize(attributes.get("viewBox"), attributes.get("width"), attributes.get("height"));
        }
        filters.element(name, attributes);
        return Optional.empty();
    }

    private static Optional<String> dtd(String declaration) {
        if (declaration == null) {
            return Optional.empty();
        }
        if (declaration.contains("<!ENTITY")) {
            return Optional.of("the SVG declares entities, which can bring in other files; save it again without a "
                    + "DOCTYPE");
        }
        Matcher system = SYSTEM_ID.matcher(declaration);
        if (system.find() && !system.group(1).startsWith("http://www.w3.org/")) {
            return Optional.of(refers(system.group(1)));
        }
        return Optional.empty();
    }

    private static Optional<String> instruction(String target, String data) {
        if (target != null && target.equalsIgnoreCase("xml-stylesheet") && data != null) {
            Matcher href = PI_HREF.matcher(data);
            if (href.find() && !href.group(1).startsWith("#")) {
                return Optional.of(refers(href.group(1)));
            }
        }
        return Optional.empty();
    }

    /** An {@code href}: a part of this file, or a picture written into it, and nothing else. */
    private Optional<String> reference(String value) {
        if (value.isEmpty() || value.startsWith("#")) {
            return Optional.empty();
        }
        if (!value.toLowerCase(Locale.ROOT).startsWith("data:")) {
            return Optional.of(refers(value));
        }
        Matcher picture = DATA_PICTURE.matcher(value);
        if (!picture.matches()) {
            int end = value.indexOf(';') > 0 ? value.indexOf(';') : Math.min(value.length(), value.indexOf(',') > 0
                    ? value.indexOf(',') : 40);
            return Optional.of("the SVG holds a `" + shown(value.substring(5, Math.max(5, end))) + "` written inside "
                    + "it; only PNG and JPEG pictures (in base64) may be");
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(picture.group(2));
        } catch (IllegalArgumentException e) {
            return Optional.of("a picture written inside the SVG is not base64");
        }
        Optional<RasterHeader.Size> size = RasterHeader.size(bytes);
        if (size.isEmpty()) {
            return Optional.of("a picture written inside the SVG is not a PNG or JPEG picture");
        }
        embeddedPixels += size.get().pixels();
        if (size.get().pixels() > RasterHeader.MOST_PIXELS || embeddedPixels > RasterHeader.MOST_PIXELS) {
            return Optional.of(String.format(Locale.ROOT, "the pictures written inside the SVG hold more than %d "
                    + "million pixels, more than Lesson Studio holds", RasterHeader.MOST_PIXELS / 1_000_000));
        }
        return Optional.empty();
    }

    private Optional<String> css(String text) {
        if (text == null || !(text.contains("url(") || text.contains("URL(") || text.contains("@import"))) {
            return Optional.empty();
        }
        Matcher m = CSS_URL.matcher(text);
        while (m.find()) {
            Optional<String> problem = reference(m.group(1));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    static String refers(String reference) {
        return "the SVG loads `" + shown(reference) + "` from outside itself, and pictures may only use what is inside "
                + "their own file";
    }

    /** A name or reference from the file, short and without control characters. */
    static String shown(String text) {
        String clean = text == null ? "" : text.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?");
        return clean.length() > 60 ? clean.substring(0, 57) + "..." : clean;
    }

    /** A parser's message, its first line, without the parser's own position prefix. */
    static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "it could not be read";
        }
        String[] lines = message.strip().split("\\R");
        String last = lines[lines.length - 1].strip();
        last = last.replaceFirst("^Message:\\s*", "");
        String clean = (last.isEmpty() ? lines[0] : last).replaceAll("[\\p{Cntrl}\\p{Cf}]", "?");
        return clean.length() > 200 ? clean.substring(0, 197) + "..." : clean;
    }
}

package org.lessonstudio.app.edit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The language reference (docs/language.md, packed beside this class when app is built) read into
 * what an editor shows for a word: the section a heading names ({@code ### line, segment, ray},
 * {@code ### show and hide}) and the rows of the lesson line's settings table. One source: the
 * reference a teacher reads is the hover they see.
 */
public final class Reference {

    private static final int LONGEST = 1800;
    private static final Reference LANGUAGE = read();

    private final Map<String, String> sections;
    private final Map<String, String> settings;

    private Reference(Map<String, String> sections, Map<String, String> settings) {
        this.sections = sections;
        this.settings = settings;
    }

    /** The reference of the language, as built with this program. */
    public static Reference language() {
        return LANGUAGE;
    }

    /** The section about a word ({@code circle}, {@code fade in}, {@code say}), as Markdown. */
    public Optional<String> about(String word) {
        return Optional.ofNullable(sections.get(word));
    }

    /** What a setting of the lesson line means ({@code voice}), as Markdown. */
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    static Reference of(String markdown) {
        Map<String, String> sections = new HashMap<>();
        Map<String, String> settings = new HashMap<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("### ") || line.startsWith("## ")) {
                String heading = line.replaceFirst("^#+ ", "").strip();
                StringBuilder body = new StringBuilder("**" + heading + "**\n\n");
                int j = i + 1;
                while (j < lines.length && !lines[j].startsWith("## ") && !lines[j].startsWith("### ")) {
                    body.append(lines[j]).append('\n');
                    j++;
                }
                String text = shortened(body.toString().strip());
                for (String word : heading.toLowerCase(java.util.Locale.ROOT).split(",\\s*|\\s+and\\s+")) {
                    sections.putIfAbsent(word.strip(), text);
                }
            } else if (line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                if (cells.length >= 4) {
                    String key = cells[1].strip().replace("`", "");
                    settings.putIfAbsent(key, "**" + key + "**: " + cells[2].strip()
                            + (cells.length > 3 && !cells[3].isBlank() ? " (default: " + cells[3].strip() + ")" : ""));
                }
            }
        }
        return new Reference(Map.copyOf(sections), Map.copyOf(settings));
    }

    private static String shortened(String text) {
        if (text.length() <= LONGEST) {
            return text;
        }
        int cut = text.lastIndexOf("\n\n", LONGEST);
        String kept = text.substring(0, cut > 0 ? cut : LONGEST);
        long fences = kept.lines().filter(l -> l.startsWith("```")).count();
        return kept + (fences % 2 == 1 ? "\n```" : "") + "\n\n…";
    }

    private static Reference read() {
        try (InputStream in = Reference.class.getResourceAsStream("language.md")) {
            return of(in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.lessonstudio.dsl.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalogue of every message a teacher can see, kept in {@code messages.properties} with one
 * key per problem ({@code key} for the message, {@code key.hint} for an optional hint; keys
 * starting {@code hint.} are hints added where a message is reported). The language's messages
 * are here; another module keeps its own in {@value #MODULE_CATALOGUE} on its class path (the
 * voice's, the footage's), and all are read together. Each module's tests check that every one
 * of its messages has an annotated example.
 */
public final class Messages {

    private static final Properties CATALOGUE = load();

    private Messages() {
    }

    /** Where a module other than the language keeps its own messages (voice, footage…). */
    public static final String MODULE_CATALOGUE = "lesson-studio/messages.properties";

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
            if (in == null) {
                throw new IllegalStateException("messages.properties is missing from the build");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            java.util.Enumeration<java.net.URL> modules = Messages.class.getClassLoader().getResources(MODULE_CATALOGUE);
            while (modules.hasMoreElements()) {
                properties.putAll(module(modules.nextElement()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** One module's catalogue, read on its own (so a module's test can check its examples cover it). */
    public static Properties module(java.net.URL catalogue) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = catalogue.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    public static String message(String code, Object... args) {
        String pattern = CATALOGUE.getProperty(code);
        if (pattern == null) {
            throw new IllegalArgumentException("no message in the catalogue for " + code);
        }
        return format(pattern, args);
    }

    public static Optional<String> hint(String code, Object... args) {
        return Optional.ofNullable(CATALOGUE.getProperty(code + ".hint")).map(p -> format(p, args));
    }

    private static String shortened(String argument) {
        if (argument.codePointCount(0, argument.length()) <= LONGEST_ARGUMENT) {
            return argument;
        }
        return argument.substring(0, argument.offsetByCodePoints(0, LONGEST_ARGUMENT - 1)) + "\u2026";
    }

    /** Every message key (not the hints). */
    public static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        for (String key : CATALOGUE.stringPropertyNames()) {
            if (!key.endsWith(".hint") && !key.startsWith("hint.")) {
                codes.add(key);
            }
        }
        return codes;
    }

    /** Longer words in a message are shortened: a message names a thing, it does not repeat it. */
    static final int LONGEST_ARGUMENT = 160;

    /**
     * Fills {@code {0}}, {@code {1}}… with the arguments (each cut to {@value #LONGEST_ARGUMENT}
     * characters, with an ellipsis); any other brace is kept as written.
     */
    private static String format(String pattern, Object... args) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = pattern.indexOf('}', i);
            if (c == '{' && close == i + 2 && Character.isDigit(pattern.charAt(i + 1))
                    && pattern.charAt(i + 1) - '0' < args.length) {
                out.append(shortened(String.valueOf(args[pattern.charAt(i + 1) - '0'])));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

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
 * key per problem ({@code key} for the message, {@code key.hint} for an optional hint). Keeping
 * them in one place keeps the voice consistent and lets a test check each has an example.
 */
public final class Messages {

    private static final Properties CATALOGUE = load();

    private Messages() {
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
            if (in == null) {
                throw new IllegalStateException("messages.properties is missing from the build");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** Every message key (not the hints). */
    public static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        for (String key : CATALOGUE.stringPropertyNames()) {
            if (!key.endsWith(".hint")) {
                codes.add(key);
            }
        }
        return codes;
    }

    /** Fills {@code {0}}, {@code {1}}… with the arguments; any other brace is kept as written. */
    private static String format(String pattern, Object... args) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = pattern.indexOf('}', i);
            if (c == '{' && close == i + 2 && Character.isDigit(pattern.charAt(i + 1))
                    && pattern.charAt(i + 1) - '0' < args.length) {
                out.append(args[pattern.charAt(i + 1) - '0']);
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

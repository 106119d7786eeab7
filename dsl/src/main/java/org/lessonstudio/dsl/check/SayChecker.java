package org.lessonstudio.dsl.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lessonstudio.dsl.ast.Arg;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.ast.Statement;
import org.lessonstudio.dsl.ast.Target;
import org.lessonstudio.dsl.diag.Suggest;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.source.Span;

/**
 * Checks a {@code say}: its sentence and its bookmarks ({@code "Now {turn} the angle"}), its
 * translations ({@code zh "…"}), a voice or recording of its own, the actions run while it is
 * said, and those started on a bookmark ({@code at turn: …}).
 */
final class SayChecker {

    static final Set<String> AUDIO = Set.of(".wav", ".mp3", ".m4a", ".ogg");

    private final ActionChecker a;

    SayChecker(ActionChecker action) {
        this.a = action;
    }

    /** Reports a sentence longer than {@link org.lessonstudio.dsl.source.Limits#SAY_CHARACTERS}. */
    private boolean tooLong(Arg.TextArg text) {
        int length = text.text().codePointCount(0, text.text().length());
        if (length <= org.lessonstudio.dsl.source.Limits.SAY_CHARACTERS) {
            return false;
        }
        a.diagnostics.error(text.span(), "say.too-long", length, org.lessonstudio.dsl.source.Limits.SAY_CHARACTERS);
        return true;
    }

    Optional<Action> check() {
        a.options(Set.of("", "voice", "recording", "translation"));
        Clause main = a.clauses.get("").orElse(null);
        if (main == null) {
            return Optional.empty();
        }
        Arg.TextArg text = (Arg.TextArg) main.args().get(0);
        if (tooLong(text)) {
            return Optional.empty();
        }
        List<String> bookmarks = new ArrayList<>();
        Optional<List<String>> pieces = split(text.text(), text.span(), bookmarks);
        Map<String, List<String>> lines = new LinkedHashMap<>();
        pieces.ifPresent(p -> lines.put(a.scene.language(), p));
        for (Clause translation : a.clauses.all("translation")) {
            String language = ((Arg.NameArg) translation.args().get(0)).name();
            Arg.TextArg line = (Arg.TextArg) translation.args().get(1);
            if (tooLong(line)) {
                continue;
            }
            if (!language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                a.diagnostics.error(translation.keywordSpan(), "say.language", language);
                continue;
            }
            if (lines.containsKey(language)) {
                a.diagnostics.error(translation.keywordSpan(), "say.language-twice", language);
                continue;
            }
            List<String> marks = new ArrayList<>();
            Optional<List<String>> translated = split(line.text(), line.span(), marks);
            if (translated.isPresent() && !marks.equals(bookmarks)) {
                a.diagnostics.error(line.span(), "say.translation-bookmarks", language,
                        bookmarks.isEmpty() ? "none" : "{" + String.join("}, {", bookmarks) + "}");
                continue;
            }
            translated.ifPresent(t -> lines.put(language, t));
        }
        String voice = a.clauses.get("voice").map(c -> ((Arg.NameArg) c.args().get(0)).name()).orElse(null);
        java.nio.file.Path recording = null;
        if (a.clauses.has("recording")) {
            Clause clause = a.clauses.get("recording").get();
            recording = LessonFiles.resolve(ClauseReader.text(clause), clause.args().get(0).span(), AUDIO, "audio",
                    a.diagnostics).orElse(null);
        }
        List<Statement> plain = new ArrayList<>();
        Map<String, List<Action>> atBookmarks = new LinkedHashMap<>();
        for (Statement statement : a.action.block()) {
            if (statement instanceof Statement.Action at && at.verb().equals("at")) {
                Target.Named mark = (Target.Named) at.targets().get(0);
                if (!bookmarks.contains(mark.name())) {
                    var report = a.diagnostics.error(mark.span(), "say.bookmark-unknown", mark.name());
                    if (bookmarks.isEmpty()) {
                        report.hint("bookmark-braces");
                    } else {
                        report.didYouMeanOr(Suggest.closest(mark.name(), bookmarks), "bookmarks",
                                String.join(", ", bookmarks));
                    }
                    continue;
                }
                atBookmarks.computeIfAbsent(mark.name(), k -> new ArrayList<>())
                        .addAll(a.scene.nestedActions(at.block()));
            } else {
                plain.add(statement);
            }
        }
        List<Action> during = a.scene.nestedActions(plain);
        if (pieces.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Action.Say(lines, bookmarks, voice, recording, during, atBookmarks, a.action.span()));
    }

    /**
     * Splits a sentence at its bookmarks: {@code "Now {turn} the angle"} gives the pieces
     * {@code "Now "} and {@code "turn the angle"} and the bookmark {@code turn}.
     */
    private Optional<List<String>> split(String text, Span span, List<String> bookmarks) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        Set<String> seen = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '}') {
                a.diagnostics.error(span, "say.brace");
                return Optional.empty();
            }
            if (c != '{') {
                piece.append(c);
                i++;
                continue;
            }
            int close = text.indexOf('}', i);
            if (close < 0) {
                a.diagnostics.error(span, "say.brace");
                return Optional.empty();
            }
            String inside = text.substring(i + 1, close);
            int colon = inside.indexOf(':');
            // {turn}: the bookmark "turn" on the word "turn"; {turn:转动}: the bookmark "turn" on
            // the words after the colon, which is how a translation marks its words
            String word = (colon < 0 ? inside : inside.substring(colon + 1)).strip();
            String name = colon < 0 ? word.split("\\s+")[0] : inside.substring(0, colon).strip();
            if (name.isEmpty()) {
                a.diagnostics.error(span, "say.brace");
                return Optional.empty();
            }
            if (!seen.add(name)) {
                a.diagnostics.error(span, "say.bookmark-twice", name);
                return Optional.empty();
            }
            bookmarks.add(name);
            pieces.add(piece.toString());
            piece = new StringBuilder(word);
            i = close + 1;
        }
        pieces.add(piece.toString());
        return Optional.of(pieces);
    }
}

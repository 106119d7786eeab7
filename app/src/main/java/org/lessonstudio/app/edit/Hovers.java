package org.lessonstudio.app.edit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lessonstudio.dsl.ast.SceneAst;
import org.lessonstudio.dsl.ast.Statement;
import org.lessonstudio.dsl.lex.Token;
import org.lessonstudio.dsl.lex.TokenKind;
import org.lessonstudio.dsl.source.Span;
import org.lessonstudio.timeline.ActionSpan;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.Item;

/**
 * What an editor shows under the mouse: for a name, its kind and its definition (and where a
 * point is when its scene starts); for an action, when it runs in the lesson; for a keyword, its
 * section of the language reference ({@link Reference}).
 */
public final class Hovers {

    /** The text, as Markdown, and the word it is about. */
    public record Hover(String markdown, Span span) { }

    private Hovers() {
    }

    public static Optional<Hover> at(LessonDraft draft, int offset) {
        Optional<Names.Defined> name = draft.names().at(offset);
        if (name.isPresent()) {
            return Optional.of(named(draft, name.get(), offsetSpan(draft, name.get(), offset)));
        }
        Optional<Located> action = actionAt(draft, offset);
        if (action.isPresent()) {
            return Optional.of(action(draft, action.get()));
        }
        Optional<Token> word = wordAt(draft, offset);
        if (word.isEmpty()) {
            return Optional.empty();
        }
        String text = word.get().text();
        Reference reference = Reference.language();
        boolean header = draft.ast().scenes().isEmpty()
                || offset < draft.ast().scenes().get(0).span().start();
        Optional<String> about = header ? reference.setting(text).or(() -> reference.about(text))
                : twoWordKind(draft, word.get()).or(() -> reference.about(text.toLowerCase(Locale.ROOT)));
        return about.map(markdown -> new Hover(markdown, word.get().span()));
    }

    private static Span offsetSpan(LessonDraft draft, Names.Defined name, int offset) {
        if (offset >= name.nameSpan().start() && offset <= name.nameSpan().end()) {
            return name.nameSpan();
        }
        return draft.names().uses(name).stream().filter(s -> offset >= s.start() && offset <= s.end()).findFirst()
                .orElse(name.nameSpan());
    }

    private static Hover named(LessonDraft draft, Names.Defined name, Span span) {
        String line = draft.text().substring(name.line().start(), name.line().end()).strip();
        StringBuilder text = new StringBuilder();
        text.append("**").append(name.name()).append("**: ")
                .append(name.kind().equals("value") ? "a value" : "a " + name.kind()).append("\n\n```lesson\n")
                .append(line).append("\n```");
        draft.timeline().ifPresent(timeline -> whereAtStart(timeline, name).ifPresent(text::append));
        return new Hover(text.toString(), span);
    }

    /** Where a point is when it first shows in its scene (looked for at forty moments of the scene). */
    private static Optional<String> whereAtStart(Timeline timeline, Names.Defined name) {
        if (name.scene() >= timeline.scenes().size()) {
            return Optional.empty();
        }
        ScenePlan scene = timeline.scenes().get(name.scene());
        for (int i = 0; i <= 40; i++) {
            double t = scene.start() + scene.duration() * i / 40.0;
            for (Item item : timeline.frameAt(Math.min(t, scene.end() - 1e-6)).items()) {
                if (item.name().equals(name.name()) && item.figure() instanceof Figure.Dot dot) {
                    return Optional.of(String.format(Locale.ROOT, "\n\nat (%s, %s) when it first shows, %s s into the"
                            + " lesson", number(dot.position().x()), number(dot.position().y()), number(t)));
                }
            }
        }
        return Optional.empty();
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
        return text.equals("-0") ? "0" : text;
    }

    private record Located(Statement.Action action, int scene) { }

    private static Optional<Located> actionAt(LessonDraft draft, int offset) {
        List<SceneAst> scenes = draft.ast().scenes();
        for (int i = 0; i < scenes.size(); i++) {
            Optional<Statement.Action> found = actionAt(scenes.get(i).body(), offset);
            if (found.isPresent()) {
                return Optional.of(new Located(found.get(), i));
            }
        }
        return Optional.empty();
    }

    private static Optional<Statement.Action> actionAt(List<Statement> body, int offset) {
        for (Statement statement : body) {
            if (statement instanceof Statement.Action a) {
                if (offset >= a.verbSpan().start() && offset <= a.verbSpan().end()) {
                    return Optional.of(a);
                }
                Optional<Statement.Action> inner = actionAt(a.block(), offset);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    private static Hover action(LessonDraft draft, Located located) {
        Statement.Action action = located.action();
        StringBuilder text = new StringBuilder(Reference.language().about(action.verb()).orElse("**" + action.verb()
                + "**"));
        Optional<Timeline> timeline = draft.timeline();
        if (timeline.isPresent() && located.scene() < timeline.get().scenes().size()) {
            ScenePlan scene = timeline.get().scenes().get(located.scene());
            Optional<ActionSpan> runs = scene.runs(action.span());
            runs.ifPresent(r -> text.insert(0, String.format(Locale.ROOT,
                    "**runs from %s s to %s s** in the lesson (%s s to %s s into scene \"%s\")%n%n---%n%n",
                    number(scene.start() + r.start()), number(scene.start() + r.end()), number(r.start()),
                    number(r.end()), scene.scene().title())));
        }
        return new Hover(text.toString(), action.verbSpan());
    }

    private static Optional<String> twoWordKind(LessonDraft draft, Token word) {
        List<Token> tokens = draft.tokens();
        int i = tokens.indexOf(word);
        Reference reference = Reference.language();
        if (i + 1 < tokens.size() && tokens.get(i + 1).is(TokenKind.WORD)) {
            Optional<String> two = reference.about(word.text() + " " + tokens.get(i + 1).text());
            if (two.isPresent()) {
                return two;
            }
        }
        if (i > 0 && tokens.get(i - 1).is(TokenKind.WORD)) {
            return reference.about(tokens.get(i - 1).text() + " " + word.text());
        }
        return Optional.empty();
    }

    static Optional<Token> wordAt(LessonDraft draft, int offset) {
        for (Token token : draft.tokens()) {
            if (token.is(TokenKind.WORD) && offset >= token.span().start() && offset <= token.span().end()) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }
}

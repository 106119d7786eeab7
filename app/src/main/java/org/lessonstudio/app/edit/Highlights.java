package org.lessonstudio.app.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.ast.SceneAst;
import org.lessonstudio.dsl.ast.Setting;
import org.lessonstudio.dsl.ast.Statement;
import org.lessonstudio.dsl.ast.Target;
import org.lessonstudio.dsl.lex.Token;
import org.lessonstudio.dsl.lex.TokenKind;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.source.Span;

/**
 * How each word of a draft is coloured, from what the parser made of it (a kind word only where
 * it starts a definition, a name only where the scene defines it): the same answer for the
 * language server's semantic tokens and the preview's editor.
 */
public final class Highlights {

    /** What a stretch of text is. */
    public enum Category { KEYWORD, KIND, CLAUSE, DEFINITION, NAME, MEMBER, CONSTANT, NUMBER, STRING, COMMENT }

    public record Highlight(Span span, Category category) { }

    private Highlights() {
    }

    /** Every coloured stretch, in text order, none overlapping. */
    public static List<Highlight> of(LessonDraft draft) {
        Map<Integer, Highlight> byStart = new HashMap<>();
        for (Setting setting : draft.ast().settings()) {
            put(byStart, setting.keySpan(), Category.CLAUSE);
        }
        for (SceneAst scene : draft.ast().scenes()) {
            scene.body().forEach(s -> statement(s, byStart));
        }
        for (Names.Defined d : draft.names().all()) {
            put(byStart, d.nameSpan(), Category.DEFINITION);
            draft.names().uses(d).forEach(use -> put(byStart, use, Category.NAME));
        }
        List<Highlight> all = new ArrayList<>();
        List<Token> tokens = draft.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Highlight known = byStart.get(token.span().start());
            if (known != null) {
                all.add(known);
                continue;
            }
            switch (token.kind()) {
                case NUMBER, SIZE -> all.add(new Highlight(token.span(), Category.NUMBER));
                case STRING -> all.add(new Highlight(token.span(), Category.STRING));
                case WORD -> {
                    if (i > 0 && tokens.get(i - 1).is(TokenKind.DOT)) {
                        all.add(new Highlight(token.span(), Category.MEMBER));
                    } else if (token.text().equals("scene") || token.text().equals("lesson")) {
                        all.add(new Highlight(token.span(), Category.KEYWORD));
                    } else if (isConstant(token.text())) {
                        all.add(new Highlight(token.span(), Category.CONSTANT));
                    }
                }
                default -> { }
            }
        }
        all.addAll(comments(draft));
        all.sort(Comparator.comparingInt(h -> h.span().start()));
        List<Highlight> apart = new ArrayList<>();
        int end = 0;
        for (Highlight h : all) {
            if (h.span().start() >= end && h.span().length() > 0) {
                apart.add(h);
                end = h.span().end();
            }
        }
        return apart;
    }

    private static boolean isConstant(String word) {
        return ColorName.named(word).isPresent() || word.equals("pi") || word.equals("tau")
                || java.util.Arrays.stream(Easing.values()).anyMatch(e -> e.word().equals(word));
    }

    private static void statement(Statement statement, Map<Integer, Highlight> byStart) {
        if (statement instanceof Statement.Definition d) {
            put(byStart, d.kindSpan(), Category.KIND);
            d.clauses().forEach(c -> clause(c, byStart));
        } else if (statement instanceof Statement.Value v) {
            put(byStart, new Span(v.span().start(), v.span().start() + "value".length()), Category.KEYWORD);
        } else if (statement instanceof Statement.Action a) {
            put(byStart, a.verbSpan(), Category.KEYWORD);
            for (Target target : a.targets()) {
                if (target instanceof Target.Inline inline) {
                    put(byStart, inline.kindSpan(), Category.KIND);
                    inline.clauses().forEach(c -> clause(c, byStart));
                }
            }
            a.options().forEach(c -> clause(c, byStart));
            a.block().forEach(s -> statement(s, byStart));
        }
    }

    private static void clause(Clause clause, Map<Integer, Highlight> byStart) {
        if (!clause.keyword().isEmpty() && clause.keywordSpan().length() > 0) {
            put(byStart, clause.keywordSpan(), Category.CLAUSE);
        }
    }

    private static void put(Map<Integer, Highlight> byStart, Span span, Category category) {
        byStart.put(span.start(), new Highlight(span, category));
    }

    /** {@code #} to the end of its line, outside quoted text. */
    private static List<Highlight> comments(LessonDraft draft) {
        String text = draft.text();
        List<Highlight> found = new ArrayList<>();
        List<Token> strings = draft.tokens().stream().filter(t -> t.is(TokenKind.STRING)).toList();
        int s = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            while (s < strings.size() && strings.get(s).span().end() <= i) {
                s++;
            }
            if (c == '#' && (s >= strings.size() || strings.get(s).span().start() > i)) {
                int end = i;
                while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                found.add(new Highlight(new Span(i, end), Category.COMMENT));
                i = end;
            }
        }
        return found;
    }
}

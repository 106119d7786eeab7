package org.lessonstudio.dsl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lessonstudio.dsl.source.Limits;
import org.lessonstudio.dsl.ast.Arg;
import org.lessonstudio.dsl.ast.ExprDepth;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.ast.Expr;
import org.lessonstudio.dsl.ast.LessonAst;
import org.lessonstudio.dsl.ast.SceneAst;
import org.lessonstudio.dsl.ast.Setting;
import org.lessonstudio.dsl.ast.Statement;
import org.lessonstudio.dsl.ast.Slot;
import org.lessonstudio.dsl.ast.Target;
import org.lessonstudio.dsl.check.Symbol;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.diag.Suggest;
import org.lessonstudio.dsl.lex.Token;
import org.lessonstudio.dsl.lex.TokenKind;
import org.lessonstudio.dsl.source.Span;

/**
 * Reads tokens into a {@link LessonAst}, one method per rule of the grammar. On a mistake it
 * reports once and skips to the next line, so one typo gives one message and the rest of the
 * lesson is still read.
 */
public final class Parser {

    /** Thrown inside the parser to unwind to the start of the next statement; never escapes. */
    private static final class Stuck extends RuntimeException {
        Stuck() {
            super(null, null, false, false);
        }
    }

    private static final Set<String> UNITS = Set.of("s", "ms", "deg", "pi", "sec");
    private static final Set<String> PLACE_WORDS = Set.of("top", "bottom", "left", "right", "center", "middle");

    private final List<Token> tokens;
    private final Diagnostics diagnostics;
    private int current;
    /** Levels of brackets, calls, powers and signs open at this point of an expression. */
    private int nesting;
    /** Blocks open at this point (and {@code at} bookmarks written inside each other). */
    private int blocks;

    public Parser(List<Token> tokens, Diagnostics diagnostics) {
        this.tokens = Repeats.expand(tokens, diagnostics);
        this.diagnostics = diagnostics;
    }

    public LessonAst lesson() {
        skipNewlines();
        String title = "";
        Span titleSpan = peek().span();
        List<Setting> settings = new ArrayList<>();
        if (peek().isWord("lesson")) {
            try {
                advance();
                Token t = consume(TokenKind.STRING, "lesson.title-missing");
                title = t.text();
                titleSpan = t.span();
                consume(TokenKind.NEWLINE, "line.extra");
                if (match(TokenKind.INDENT)) {
                    while (!check(TokenKind.DEDENT) && !check(TokenKind.END)) {
                        setting(settings);
                    }
                    match(TokenKind.DEDENT);
                }
            } catch (Stuck stuck) {
                synchronize();
            }
        } else {
            diagnostics.error(peek().span(), "lesson.missing", peek().describe());
        }
        List<SceneAst> scenes = new ArrayList<>();
        while (!check(TokenKind.END)) {
            if (peek().isWord("scene")) {
                scene(scenes);
            } else {
                Token t = peek();
                if (t.is(TokenKind.INDENT)) {
                    diagnostics.error(t.span(), "indent.unexpected");
                } else {
                    diagnostics.error(t.span(), "toplevel.unexpected", t.describe());
                }
                synchronize();
            }
        }
        return new LessonAst(title, titleSpan, settings, scenes);
    }

    private void setting(List<Setting> settings) {
        try {
            Token key = consume(TokenKind.WORD, "setting.expected");
            consume(TokenKind.COLON, "setting.colon");
            List<Token> value = new ArrayList<>();
            while (!check(TokenKind.NEWLINE) && !check(TokenKind.END)) {
                value.add(advance());
            }
            consume(TokenKind.NEWLINE, "line.extra");
            Span valueSpan = value.isEmpty() ? Span.at(key.span().end())
                    : value.get(0).span().to(value.get(value.size() - 1).span());
            String raw = diagnostics.file().text().substring(valueSpan.start(), valueSpan.end());
            settings.add(new Setting(key.text(), key.span(), raw, value, valueSpan));
        } catch (Stuck stuck) {
            synchronize();
        }
    }

    private void scene(List<SceneAst> scenes) {
        Token keyword = advance();
        try {
            Token title = consume(TokenKind.STRING, "scene.title-missing");
            consume(TokenKind.NEWLINE, "line.extra");
            List<Statement> body = check(TokenKind.INDENT) ? block() : List.of();
            if (body.isEmpty()) {
                diagnostics.error(title.span(), "scene.empty", title.text());
            }
            scenes.add(new SceneAst(title.text(), title.span(), body, keyword.span().to(previous().span())));
        } catch (Stuck stuck) {
            synchronize();
        }
    }

    /** INDENT statement* DEDENT. */
    private List<Statement> block() {
        advance();
        if (blocks >= Limits.BLOCK_DEPTH) {
            diagnostics.error(peek().span(), "block.too-deep", Limits.BLOCK_DEPTH);
            skipBlock();
            return List.of();
        }
        blocks++;
        try {
            List<Statement> body = new ArrayList<>();
            while (!check(TokenKind.DEDENT) && !check(TokenKind.END)) {
                statement(body);
            }
            match(TokenKind.DEDENT);
            return body;
        } finally {
            blocks--;
        }
    }

    /** Skips the rest of a block whose INDENT was just read, with every block inside it. */
    private void skipBlock() {
        int depth = 1;
        while (depth > 0 && !check(TokenKind.END)) {
            if (check(TokenKind.INDENT)) {
                depth++;
            } else if (check(TokenKind.DEDENT)) {
                depth--;
            }
            advance();
        }
    }

    private void statement(List<Statement> into) {
        try {
            into.add(statement());
        } catch (Stuck stuck) {
            synchronize();
        }
    }

    private Statement statement() {
        Token first = peek();
        if (first.is(TokenKind.INDENT)) {
            diagnostics.error(first.span(), "indent.unexpected");
            throw new Stuck();
        }
        if (!first.is(TokenKind.WORD)) {
            diagnostics.error(first.span(), "statement.expected", first.describe());
            throw new Stuck();
        }
        String word = first.text();
        if (word.equals("value")) {
            return value();
        }
        if (word.equals("at") && peekAt(1).is(TokenKind.WORD) && peekAt(2).is(TokenKind.COLON)) {
            return bookmark();
        }
        if (Vocabulary.ACTIONS.contains(word)) {
            return action();
        }
        if (twoWordKind() && peekAt(2).is(TokenKind.WORD) && peekAt(3).is(TokenKind.COLON)) {
            return definition();
        }
        boolean looksLikeDefinition = peekAt(1).is(TokenKind.WORD) && peekAt(2).is(TokenKind.COLON);
        if (Vocabulary.OBJECT_KINDS.contains(word) || looksLikeDefinition) {
            return definition();
        }
        diagnostics.error(first.span(), "statement.unknown", word)
                .didYouMean(Suggest.closest(word, Vocabulary.statementWords()));
        throw new Stuck();
    }

    /** Whether the next two words name a kind of object together ({@code number line}, {@code bar chart}). */
    private boolean twoWordKind() {
        return peek().is(TokenKind.WORD) && peekAt(1).is(TokenKind.WORD)
                && Vocabulary.OBJECT_KINDS.contains(peek().text() + " " + peekAt(1).text());
    }

    /** KIND NAME ':' clause (',' clause)* NEWLINE. */
    private Statement definition() {
        boolean twoWords = twoWordKind() && peekAt(2).is(TokenKind.WORD);
        Token kind = advance();
        if (twoWords) {
            Token second = advance();
            kind = new Token(TokenKind.WORD, kind.text() + " " + second.text(), "", kind.span().to(second.span()));
        }
        if (!Vocabulary.OBJECT_KINDS.contains(kind.text())) {
            diagnostics.error(kind.span(), "object.kind-unknown", kind.text())
                    .didYouMean(Suggest.closest(kind.text(), Vocabulary.OBJECT_KINDS));
            Token name = advance();
            synchronize();
            // The name is still defined (of no known kind), so its uses give no second message.
            return new Statement.Definition(Symbol.UNKNOWN_KIND, kind.span(), name.text(), name.span(), List.of(),
                    false, kind.span().to(name.span()));
        }
        Token name = consume(TokenKind.WORD, "definition.name-missing", kind.text());
        consume(TokenKind.COLON, "definition.colon", kind.text(), name.text());
        try {
            List<Clause> clauses = new ArrayList<>();
            if (kind.isWord("group")) {
                clauses.add(members());
            } else if (kind.isWord("number") && !check(TokenKind.STRING)
                    && !(peek().is(TokenKind.WORD) && ClauseShapes.SHAPES.containsKey(peek().text()))) {
                Expr value = expression();
                clauses.add(new Clause("", value.span(), List.of(new Arg.ExprArg(value)), value.span()));
            }
            clauses.addAll(clauses(Set.of()));
            endOfStatementWithoutBlock();
            return new Statement.Definition(kind.text(), kind.span(), name.text(), name.span(), clauses, true,
                    kind.span().to(previous().span()));
        } catch (Stuck stuck) {
            synchronize();
            return new Statement.Definition(kind.text(), kind.span(), name.text(), name.span(), List.of(), false,
                    kind.span().to(name.span()));
        }
    }

    /** The members of a group: names separated by commas. */
    private Clause members() {
        List<Arg> names = new ArrayList<>();
        Span span = peek().span();
        do {
            Token name = consume(TokenKind.WORD, "group.member-expected");
            names.add(new Arg.NameArg(name.text(), name.span()));
            span = span.to(name.span());
        } while (match(TokenKind.COMMA) && !(peek().is(TokenKind.WORD) && ClauseShapes.SHAPES.containsKey(peek().text())));
        return new Clause("", span, names, span);
    }

    /** 'value' NAME '=' expression. */
    private Statement value() {
        Token keyword = advance();
        Token name = consume(TokenKind.WORD, "value.name-missing");
        consume(TokenKind.EQUALS, "value.equals", name.text());
        try {
            Expr initial = expression();
            endOfStatementWithoutBlock();
            return new Statement.Value(name.text(), name.span(), initial, true, keyword.span().to(initial.span()));
        } catch (Stuck stuck) {
            // The mistake is reported; the name is still defined, so its uses give no second message.
            synchronize();
            return new Statement.Value(name.text(), name.span(), new Expr.Number(0, "", name.span()), false,
                    keyword.span().to(name.span()));
        }
    }

    private Statement action() {
        Token verbToken = advance();
        String verb = verbToken.text();
        Span verbSpan = verbToken.span();
        if (verb.equals("fade")) {
            Token direction = peek();
            if (direction.isWord("in") || direction.isWord("out")) {
                advance();
                verb = "fade " + direction.text();
                verbSpan = verbSpan.to(direction.span());
            } else {
                diagnostics.error(direction.span(), "fade.direction", direction.describe());
                throw new Stuck();
            }
        }
        List<Target> targets = new ArrayList<>();
        List<Clause> options = new ArrayList<>();
        switch (verb) {
            case "title", "music", "footage" -> {
                Token text = consume(TokenKind.STRING, "text.missing", verb);
                options.add(new Clause("", text.span(), List.of(new Arg.TextArg(text.text(), text.span())),
                        text.span()));
                options.addAll(clauses(Set.of()));
            }
            case "say" -> {
                Token text = consume(TokenKind.STRING, "text.missing", verb);
                options.add(new Clause("", text.span(), List.of(new Arg.TextArg(text.text(), text.span())),
                        text.span()));
                options.addAll(sayClauses());
            }
            case "wait" -> {
                if (!check(TokenKind.NEWLINE)) {
                    Expr duration = expression();
                    options.add(new Clause("over", duration.span(), List.of(new Arg.ExprArg(duration)),
                            duration.span()));
                }
            }
            case "together", "camera" -> options.addAll(clauses(Set.of()));
            case "pause" -> { }
            case "transform" -> {
                targets.addAll(targets());
                Token into = peek();
                if (!into.isWord("into")) {
                    diagnostics.error(into.span(), "transform.into", into.describe());
                    throw new Stuck();
                }
                advance();
                options.add(new Clause("into", into.span(), List.of(), into.span()));
                targets.addAll(targets());
                options.addAll(clauses(Set.of()));
            }
            default -> {
                targets.addAll(targets());
                options.addAll(clauses(Set.of()));
            }
        }
        List<Statement> block = List.of();
        consume(TokenKind.NEWLINE, "line.extra");
        if (check(TokenKind.INDENT)) {
            if (verb.equals("say") || verb.equals("together")) {
                block = block();
            } else {
                diagnostics.error(peek().span(), "indent.unexpected-under", verb);
                block();
            }
        } else if (verb.equals("together")) {
            diagnostics.error(verbSpan, "together.empty");
        }
        return new Statement.Action(verb, verbSpan, targets, options, block, verbToken.span().to(previous().span()));
    }

    /**
     * The rest of a {@code say} line: translations ({@code zh "…"}: a language code and its text)
     * and the usual clauses ({@code voice en-gb}, {@code recording "intro.wav"}).
     */
    private List<Clause> sayClauses() {
        List<Clause> clauses = new ArrayList<>();
        while (!check(TokenKind.NEWLINE) && !check(TokenKind.END)) {
            if (match(TokenKind.COMMA)) {
                continue;
            }
            Token word = peek();
            if (word.is(TokenKind.WORD) && peekAt(1).is(TokenKind.STRING) && !ClauseShapes.SHAPES.containsKey(word.text())) {
                advance();
                String language = hyphenated(word);
                Token text = advance();
                clauses.add(new Clause("translation", word.span(), List.of(new Arg.NameArg(language, word.span()),
                        new Arg.TextArg(text.text(), text.span())), word.span().to(text.span())));
            } else {
                clauses.add(clause());
            }
        }
        return clauses;
    }

    /** {@code at turn: ACTION}, or {@code at turn:} with actions indented under it (inside a {@code say}). */
    private Statement bookmark() {
        Token at = advance();
        Token name = advance();
        advance();
        List<Statement> block;
        if (match(TokenKind.NEWLINE)) {
            block = check(TokenKind.INDENT) ? block() : List.of();
        } else if (blocks >= Limits.BLOCK_DEPTH) {
            diagnostics.error(peek().span(), "block.too-deep", Limits.BLOCK_DEPTH);
            throw new Stuck();
        } else {
            blocks++;
            try {
                block = List.of(statement());
            } finally {
                blocks--;
            }
        }
        if (block.isEmpty()) {
            diagnostics.error(name.span(), "bookmark.empty", name.text());
        }
        return new Statement.Action("at", at.span(), List.of(new Target.Named(name.text(), name.span())), List.of(),
                block, at.span().to(previous().span()));
    }

    /** target (',' target)* — names, or objects written in place ({@code tex "…" at top right}). */
    private List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        do {
            Token t = peek();
            if (t.is(TokenKind.WORD) && Vocabulary.INLINE_KINDS.contains(t.text())
                    && peekAt(1).is(TokenKind.STRING)) {
                advance();
                Token text = advance();
                List<Clause> clauses = new ArrayList<>();
                clauses.add(new Clause("", text.span(), List.of(new Arg.TextArg(text.text(), text.span())),
                        text.span()));
                clauses.addAll(clauses(ClauseShapes.ACTION_OPTIONS));
                targets.add(new Target.Inline(t.text(), t.span(), clauses, t.span().to(previous().span())));
            } else if (t.is(TokenKind.WORD) && !ClauseShapes.ACTION_OPTIONS.contains(t.text())) {
                advance();
                targets.add(new Target.Named(t.text(), t.span()));
            } else {
                diagnostics.error(t.span(), "target.expected", t.describe());
                throw new Stuck();
            }
        } while (match(TokenKind.COMMA));
        return targets;
    }

    /** Clauses until the end of the line, separated by commas or spaces; stops before {@code stopAt}. */
    private List<Clause> clauses(Set<String> stopAt) {
        List<Clause> clauses = new ArrayList<>();
        boolean inline = !stopAt.isEmpty();
        while (!check(TokenKind.NEWLINE) && !check(TokenKind.END)) {
            Token keyword = peek();
            if (inline && (check(TokenKind.COMMA) || keyword.is(TokenKind.WORD) && stopAt.contains(keyword.text()))) {
                break;
            }
            if (!inline && match(TokenKind.COMMA)) {
                continue;
            }
            if (keyword.is(TokenKind.STRING)) {
                advance();
                clauses.add(new Clause("", keyword.span(), List.of(new Arg.TextArg(keyword.text(), keyword.span())),
                        keyword.span()));
            } else {
                clauses.add(clause());
            }
            if (!inline) {
                match(TokenKind.COMMA);
            }
        }
        return clauses;
    }

    private Clause clause() {
        Token keyword = peek();
        List<List<Slot>> shapes = keyword.is(TokenKind.WORD) ? ClauseShapes.SHAPES.get(keyword.text()) : null;
        if (shapes == null) {
            if (!new Slips(tokens, current, diagnostics).explained()) {
                diagnostics.error(keyword.span(), "clause.unknown", keyword.describe()).didYouMean(keyword.is(TokenKind.WORD)
                        ? Suggest.closest(keyword.text(), ClauseShapes.SHAPES.keySet()) : java.util.Optional.empty());
            }
            throw new Stuck();
        }
        advance();
        List<Slot> shape = shapes.get(0);
        for (List<Slot> candidate : shapes) {
            if (fits(candidate)) {
                shape = candidate;
                break;
            }
        }
        List<Arg> args = new ArrayList<>();
        for (Slot slot : shape) {
            args.addAll(slot(slot, keyword));
        }
        // `color "\theta" teal` colours a part of a formula; it may be given once per part.
        // `fill opacity 0.5` is a clause of its own beside `fill blue`.
        String name = keyword.isWord("color") && args.size() == 2 && args.get(0) instanceof Arg.TextArg
                ? "color part" : keyword.isWord("fill") && shape.get(0) instanceof Slot.Word ? "fill opacity"
                : keyword.text();
        return new Clause(name, keyword.span(), args, keyword.span().to(previous().span()));
    }

    private List<Arg> slot(Slot slot, Token keyword) {
        if (slot instanceof Slot.Word w) {
            if (!wordMatches(peek(), w.word())) {
                diagnostics.error(peek().span(), "clause.word-expected", w.word(), keyword.text(), peek().describe());
                throw new Stuck();
            }
            advance();
            return List.of();
        }
        if (slot instanceof Slot.Text) {
            Token text = consume(TokenKind.STRING, "clause.text-expected", keyword.text());
            return List.of(new Arg.TextArg(text.text(), text.span()));
        }
        if (slot instanceof Slot.Name) {
            Token name = consume(TokenKind.WORD, "clause.name-expected", keyword.text());
            return List.of(new Arg.NameArg(hyphenated(name), name.span().to(previous().span())));
        }
        if (slot instanceof Slot.OptionalWord w) {
            if (!peek().isWord(w.word())) {
                return List.of();
            }
            advance();
            return List.of(new Arg.ExprArg(expression()));
        }
        if (slot instanceof Slot.OptionalTo) {
            if (!peek().isWord("to")) {
                return List.of();
            }
            advance();
            return List.of(new Arg.ExprArg(expression()));
        }
        if (slot instanceof Slot.ExprList) {
            List<Arg> items = new ArrayList<>();
            do {
                items.add(new Arg.ExprArg(expression()));
            } while (check(TokenKind.COMMA) && !(peekAt(1).is(TokenKind.WORD)
                    && ClauseShapes.SHAPES.containsKey(peekAt(1).text())) && match(TokenKind.COMMA));
            return items;
        }
        if (slot instanceof Slot.NameList) {
            List<Arg> items = new ArrayList<>();
            do {
                if (check(TokenKind.STRING)) {
                    Token text = advance();
                    items.add(new Arg.TextArg(text.text(), text.span()));
                } else {
                    Token name = consume(TokenKind.WORD, "clause.name-expected", keyword.text());
                    items.add(new Arg.NameArg(name.text(), name.span()));
                }
            } while (peek().isWord("and") && advance() != null
                    || check(TokenKind.COMMA) && (peekAt(1).is(TokenKind.STRING) || peekAt(1).is(TokenKind.WORD)
                    && !ClauseShapes.SHAPES.containsKey(peekAt(1).text())) && match(TokenKind.COMMA));
            return items;
        }
        if (slot instanceof Slot.Place && peek().isWord("screen")) {
            Token screen = advance();
            Expr point = expression();
            return List.of(new Arg.ScreenArg(point, screen.span().to(point.span())));
        }
        if (slot instanceof Slot.Place && peek().is(TokenKind.WORD) && PLACE_WORDS.contains(peek().text())) {
            List<String> words = new ArrayList<>();
            Span span = peek().span();
            while (peek().is(TokenKind.WORD) && PLACE_WORDS.contains(peek().text())) {
                words.add(advance().text());
                span = span.to(previous().span());
            }
            return List.of(new Arg.PlaceArg(words, span));
        }
        return List.of(new Arg.ExprArg(expression()));
    }

    /** Whether the tokens ahead start this shape of clause (its first slot decides). */
    private boolean fits(List<Slot> shape) {
        Token next = peek();
        if (shape.isEmpty()) {
            return next.is(TokenKind.NEWLINE) || next.is(TokenKind.COMMA) || next.is(TokenKind.END)
                    || next.is(TokenKind.WORD) && ClauseShapes.SHAPES.containsKey(next.text());
        }
        Slot first = shape.get(0);
        if (first instanceof Slot.Word w) {
            // `grid color teal` or `grid color "#3D6B8C"`: after the word, the kind of what follows decides.
            Slot second = shape.size() > 1 ? shape.get(1) : null;
            boolean then = second instanceof Slot.Text ? peekAt(1).is(TokenKind.STRING)
                    : !(second instanceof Slot.Name) || peekAt(1).is(TokenKind.WORD);
            return wordMatches(next, w.word()) && then;
        }
        if (first instanceof Slot.Text) {
            boolean nameAfter = shape.size() < 2 || !(shape.get(1) instanceof Slot.Name) || peekAt(1).is(TokenKind.WORD);
            return next.is(TokenKind.STRING) && nameAfter;
        }
        if (first instanceof Slot.Name) {
            return next.is(TokenKind.WORD);
        }
        return !next.is(TokenKind.NEWLINE) && !next.is(TokenKind.COMMA);
    }

    private static boolean wordMatches(Token token, String word) {
        return word.equals("=") ? token.is(TokenKind.EQUALS) : token.isWord(word);
    }

    /** A word, joined with any words written right after it with hyphens: {@code in-out}, {@code x-axis}. */
    private String hyphenated(Token first) {
        StringBuilder name = new StringBuilder(first.text());
        while (check(TokenKind.MINUS) && peek().span().start() == previous().span().end()
                && peekAt(1).is(TokenKind.WORD) && peekAt(1).span().start() == peek().span().end()) {
            advance();
            name.append('-').append(advance().text());
        }
        return name.toString();
    }

    // ---- expressions: sum > product > sign > power > member/call > primary ----

    /**
     * An expression, refused when it is nested deeper than {@link Limits#EXPRESSION_DEPTH}: the
     * parser counts brackets, calls, powers and signs as it reads, and the finished tree is
     * measured once more (long chains of {@code .} parts, long sums) so nothing after the
     * parser ever walks a tree deeper than the limit.
     */
    Expr expression() {
        Expr e = sum();
        if (nesting == 0 && ExprDepth.of(e) > Limits.EXPRESSION_DEPTH) {
            diagnostics.error(e.span(), "expression.too-deep", Limits.EXPRESSION_DEPTH);
            throw new Stuck();
        }
        return e;
    }

    /** Terms joined by {@code +} and {@code -}, read in a loop however many there are. */
    private Expr sum() {
        List<Expr> terms = new ArrayList<>();
        List<Character> ops = new ArrayList<>();
        terms.add(product());
        ops.add('+');
        while (check(TokenKind.PLUS) || check(TokenKind.MINUS)) {
            ops.add(advance().is(TokenKind.PLUS) ? '+' : '-');
            terms.add(product());
        }
        return Chains.join(terms, ops, '+', '-');
    }

    private Expr product() {
        List<Expr> factors = new ArrayList<>();
        List<Character> ops = new ArrayList<>();
        factors.add(sign());
        ops.add('*');
        while (true) {
            Expr last = factors.get(factors.size() - 1);
            if (last instanceof Expr.Name f && org.lessonstudio.dsl.model.MathFunction.named(f.name()).isPresent()
                    && (check(TokenKind.NUMBER) || check(TokenKind.WORD) && !ClauseShapes.KEYWORDS.contains(peek().text()))) {
                // `sin x`: a function is called with brackets.
                diagnostics.error(f.span().to(peek().span()), "function.brackets", f.name(), peek().text() + peek().unit());
                throw new Stuck();
            }
            if (check(TokenKind.WORD) && peekAt(1).isWord("from") && !ClauseShapes.KEYWORDS.contains(peek().text())
                    && ClauseShapes.SHAPES.containsKey(peek().text())) {
                // `x from 0 to 10 y from 0 to 5`: the next clause starts here; the expression ends.
                diagnostics.error(peek().span(), "clause.comma", peek().text());
                return Chains.join(factors, ops, '*', '/');
            }
            if (check(TokenKind.TIMES) || check(TokenKind.DIVIDE)) {
                ops.add(advance().is(TokenKind.TIMES) ? '*' : '/');
                factors.add(sign());
            } else if (!endsWithPoint(last) && (check(TokenKind.LEFT_PAREN)
                    || (check(TokenKind.WORD) && !ClauseShapes.KEYWORDS.contains(peek().text())))) {
                // Writing side by side multiplies, as in maths: 2 pi, a x^2, 3(x - 1); a point
                // written as (x, y) never does, so a stray word after it is reported as such.
                ops.add('*');
                factors.add(power());
            } else if (check(TokenKind.NUMBER) && previous().is(TokenKind.RIGHT_PAREN)) {
                // `cos(a) 2` or `(5 / 12) 4`: a number is multiplied only when written first.
                String before = diagnostics.file().text().substring(bracketStart(), previous().span().end());
                diagnostics.error(peek().span(), "product.number-after", peek().text(), before);
                throw new Stuck();
            } else {
                return Chains.join(factors, ops, '*', '/');
            }
        }
    }

    /** Where the bracket just closed was opened, with the function's name if it is a call's. */
    private int bracketStart() {
        int depth = 0;
        for (int i = current - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            depth += t.is(TokenKind.RIGHT_PAREN) ? 1 : t.is(TokenKind.LEFT_PAREN) ? -1 : 0;
            if (depth == 0) {
                Token name = tokens.get(Math.max(0, i - 1));
                boolean call = i > 0 && name.is(TokenKind.WORD) && name.span().end() == t.span().start();
                return call ? name.span().start() : t.span().start();
            }
        }
        return previous().span().start();
    }

    private static boolean endsWithPoint(Expr e) {
        return e instanceof Expr.Pair || e instanceof Expr.Binary b && b.op() == '*' && endsWithPoint(b.right());
    }

    private Expr sign() {
        if (check(TokenKind.MINUS)) {
            Token minus = advance();
            Expr operand = nested(minus, this::sign);
            return new Expr.Negate(operand, minus.span().to(operand.span()));
        }
        if (check(TokenKind.PLUS)) {
            return nested(advance(), this::sign);
        }
        return power();
    }

    private Expr power() {
        Expr base = postfix();
        if (check(TokenKind.POWER)) {
            Expr exponent = nested(advance(), this::sign);
            return new Expr.Binary('^', base, exponent, base.span().to(exponent.span()));
        }
        return base;
    }

    /** Reads what is inside one more level of nesting, or reports that there are too many. */
    private <T> T nested(Token opening, java.util.function.Supplier<T> inside) {
        if (nesting >= Limits.EXPRESSION_DEPTH) {
            diagnostics.error(opening.span(), "expression.too-deep", Limits.EXPRESSION_DEPTH);
            throw new Stuck();
        }
        nesting++;
        try {
            return inside.get();
        } finally {
            nesting--;
        }
    }

    private Expr postfix() {
        Expr e = primary();
        while (check(TokenKind.DOT)) {
            advance();
            Token member = consume(TokenKind.WORD, "member.expected");
            String name = hyphenated(member);
            Span memberSpan = member.span().to(previous().span());
            e = new Expr.Member(e, name, memberSpan, e.span().to(memberSpan));
        }
        return e;
    }

    private Expr primary() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER -> {
                advance();
                double value = t.number();
                if (Double.isInfinite(value)) {
                    diagnostics.error(new Span(t.span().start(), t.span().start() + t.text().length()),
                            "number.too-big");
                    throw new Stuck();
                }
                String unit = t.unit();
                if (unit.isEmpty() || UNITS.contains(unit)) {
                    return new Expr.Number(value, unit, t.span());
                }
                int split = t.span().start() + t.text().length();
                Expr.Number number = new Expr.Number(value, "", new Span(t.span().start(), split));
                Expr.Name name = new Expr.Name(unit, new Span(split, t.span().end()));
                return new Expr.Binary('*', number, name, t.span());
            }
            case WORD -> {
                advance();
                boolean call = peek().span().start() == t.span().end()
                        || org.lessonstudio.dsl.model.MathFunction.named(t.text()).isPresent();
                if (check(TokenKind.LEFT_PAREN) && call) {
                    Token open = advance();
                    List<Expr> args = nested(open, this::arguments);
                    Token close = consume(TokenKind.RIGHT_PAREN, "paren.close");
                    return new Expr.Call(t.text(), t.span(), args, t.span().to(close.span()));
                }
                return new Expr.Name(t.text(), t.span());
            }
            case LEFT_PAREN -> {
                advance();
                Expr first = nested(t, this::sum);
                if (check(TokenKind.NUMBER)) {
                    // `(1 2)`: two numbers side by side are a point with its comma left out.
                    String written = diagnostics.file().text().substring(first.span().start(), first.span().end());
                    diagnostics.error(Span.at(first.span().end()).to(peek().span()), "pair.comma", written,
                            peek().text() + peek().unit());
                    throw new Stuck();
                }
                if (match(TokenKind.COMMA)) {
                    Expr second = nested(t, this::sum);
                    Token close = consume(TokenKind.RIGHT_PAREN, "paren.close");
                    return new Expr.Pair(first, second, t.span().to(close.span()));
                }
                consume(TokenKind.RIGHT_PAREN, "paren.close");
                return first;
            }
            default -> {
                diagnostics.error(t.span(), "expression.expected", t.describe());
                throw new Stuck();
            }
        }
    }

    /** A call's arguments, up to its closing bracket. */
    private List<Expr> arguments() {
        List<Expr> args = new ArrayList<>();
        if (!check(TokenKind.RIGHT_PAREN)) {
            do {
                args.add(sum());
            } while (match(TokenKind.COMMA));
        }
        return args;
    }

    // ---- helpers ----

    private void endOfStatementWithoutBlock() {
        consume(TokenKind.NEWLINE, "line.extra");
        if (check(TokenKind.INDENT)) {
            diagnostics.error(peek().span(), "indent.unexpected");
            block();
        }
    }

    /** Skips the rest of the line and any block indented under it. */
    private void synchronize() {
        while (!check(TokenKind.NEWLINE) && !check(TokenKind.END) && !check(TokenKind.DEDENT)
                && !check(TokenKind.INDENT)) {
            advance();
        }
        match(TokenKind.NEWLINE);
        if (check(TokenKind.INDENT)) {
            int depth = 0;
            do {
                if (check(TokenKind.INDENT)) {
                    depth++;
                } else if (check(TokenKind.DEDENT)) {
                    depth--;
                }
                advance();
            } while (depth > 0 && !check(TokenKind.END));
        }
    }

    private Token consume(TokenKind kind, String code, Object... args) {
        if (check(kind)) {
            return advance();
        }
        Object[] withFound = new Object[args.length + 1];
        System.arraycopy(args, 0, withFound, 0, args.length);
        withFound[args.length] = peek().describe();
        diagnostics.error(peek().span(), code, withFound);
        throw new Stuck();
    }

    private void skipNewlines() {
        while (match(TokenKind.NEWLINE)) {
            // blank statements
        }
    }

    private boolean match(TokenKind kind) {
        if (check(kind)) {
            advance();
            return true;
        }
        return false;
    }

    private boolean check(TokenKind kind) {
        return peek().is(kind);
    }

    private Token advance() {
        Token t = tokens.get(current);
        if (!t.is(TokenKind.END)) {
            current++;
        }
        return t;
    }

    private Token peek() {
        return tokens.get(current);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(current + ahead, tokens.size() - 1));
    }

    private Token previous() {
        return tokens.get(Math.max(0, current - 1));
    }
}

package org.lessonstudio.dsl.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.diag.Suggest;
import org.lessonstudio.dsl.lex.Lexer;
import org.lessonstudio.dsl.lex.Token;
import org.lessonstudio.dsl.lex.TokenKind;
import org.lessonstudio.dsl.source.RootFolder;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.dsl.source.Span;

/**
 * Reads a course file: {@code course "Title"} with settings under it, then one
 * {@code lesson "file.lesson"} block per lesson with its {@code objective}s and {@code question}s.
 * Mistakes are reported like a lesson's, positioned, and reading goes on to find them all.
 *
 * <pre>
 * course "Trigonometry from circles"
 *   code: TRIG-10
 *   description: "Where sine, cosine and tangent come from."
 *   completion: 90 percent
 *
 * lesson "where-sine-comes-from.lesson"
 *   objective "Describe sine as the height of a point on the unit circle"
 *   question "A quarter turn from the start, the height of the point is…"
 *     answer "1" correct
 *     answer "0"
 * </pre>
 */
public final class CourseCompiler {

    /** The settings a course may have. */
    public static final List<String> SETTINGS = List.of("code", "description", "language", "completion", "passing");

    /** The outcome: the course if it has no errors, and every diagnostic in text order. */
    public record Result(Optional<Course> course, List<Diagnostic> diagnostics) {
        public boolean ok() {
            return course.isPresent();
        }
    }

    private final List<Token> tokens;
    private final Diagnostics diagnostics;
    /** The course's folder, when the course is a file (empty if that folder cannot be reached). */
    private final Optional<RootFolder> folder;
    private final boolean onDisk;
    private int position;

    private CourseCompiler(SourceFile file, Diagnostics diagnostics) {
        this.tokens = new Lexer(file, diagnostics).tokens();
        this.diagnostics = diagnostics;
        this.onDisk = file.path() != null;
        this.folder = onDisk ? courseFolder(file) : Optional.empty();
    }

    /** The course's folder as its real path; empty when it cannot be reached (then no lesson is found). */
    private static Optional<RootFolder> courseFolder(SourceFile course) {
        try {
            return Optional.of(RootFolder.of(course.folder()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether a file is a course rather than a lesson: its first word is {@code course}. */
    public static boolean isCourse(String text) {
        for (String line : text.split("\r\n|\r|\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            return trimmed.startsWith("course ") || trimmed.equals("course");
        }
        return false;
    }

    public static Result compile(SourceFile file) {
        Diagnostics diagnostics = new Diagnostics(file);
        if (diagnostics.reportUnreadable()) {
            return new Result(Optional.empty(), diagnostics.sorted());
        }
        Course course = new CourseCompiler(file, diagnostics).course(file);
        return new Result(diagnostics.hasErrors() ? Optional.empty() : Optional.of(course), diagnostics.sorted());
    }

    private Course course(SourceFile file) {
        skipNewlines();
        String title = "";
        Token first = peek();
        if (!first.isWord("course")) {
            // isCourse looks at the text, the lexer at tokens: an indented first line is one to
            // isCourse and not to the lexer.
            diagnostics.error(first.span(), "course.missing", first.describe());
            return new Course("", "", "", "en", 90, 80, List.of(), file);
        }
        advance();
        if (peek().is(TokenKind.STRING) && !peek().text().isBlank()) {
            title = advance().text();
        } else {
            diagnostics.error(peek().span(), "course.title");
            if (peek().is(TokenKind.STRING)) {
                advance();
            }
        }
        endOfLine();
        String code = "";
        String description = "";
        String language = "en";
        int completion = 90;
        int passing = 80;
        Set<String> seen = new HashSet<>();
        if (peek().is(TokenKind.INDENT)) {
            advance();
            while (!peek().is(TokenKind.DEDENT) && !peek().is(TokenKind.END)) {
                Token key = advance();
                if (!key.is(TokenKind.WORD) || !peek().is(TokenKind.COLON)) {
                    diagnostics.error(key.span(), "course.setting-form", key.describe());
                    skipLine();
                    continue;
                }
                advance();
                List<Token> value = new ArrayList<>();
                while (!peek().is(TokenKind.NEWLINE) && !peek().is(TokenKind.END)) {
                    value.add(advance());
                }
                endOfLine();
                if (!SETTINGS.contains(key.text())) {
                    diagnostics.error(key.span(), "course.setting", key.text()).didYouMeanOr(
                            Suggest.closest(key.text(), SETTINGS), "choices", "settings", String.join(", ", SETTINGS));
                    continue;
                }
                if (!seen.add(key.text())) {
                    diagnostics.error(key.span(), "setting.duplicate", key.text());
                    continue;
                }
                Span span = value.isEmpty() ? Span.at(key.span().end())
                        : value.get(0).span().to(value.get(value.size() - 1).span());
                if (value.isEmpty()) {
                    diagnostics.error(span, "setting.empty", key.text());
                    continue;
                }
                String raw = file.text().substring(span.start(), span.end());
                switch (key.text()) {
                    case "code" -> {
                        String written = value.size() == 1 && value.get(0).is(TokenKind.STRING) ? value.get(0).text() : raw;
                        if (written.matches("[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}")) {
                            code = written;
                        } else {
                            diagnostics.error(span, "course.code", written);
                        }
                    }
                    case "description" -> {
                        if (value.size() == 1 && value.get(0).is(TokenKind.STRING)) {
                            description = value.get(0).text();
                        } else {
                            diagnostics.error(span, "course.description");
                        }
                    }
                    case "language" -> {
                        if (raw.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                            language = raw;
                        } else {
                            diagnostics.error(span, "setting.language", raw);
                        }
                    }
                    case "completion" -> completion = percent(value, span, raw, completion);
                    case "passing" -> passing = percent(value, span, raw, passing);
                    default -> throw new IllegalStateException("course setting without a check: " + key.text());
                }
            }
            if (peek().is(TokenKind.DEDENT)) {
                advance();
            }
        }
        if (code.isEmpty()) {
            code = title.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toUpperCase(java.util.Locale.ROOT);
            if (code.isEmpty()) {
                code = "COURSE"; // a title with no Latin letters ("物理") would name the package "-html.zip"
            }
        }
        List<CourseLesson> lessons = new ArrayList<>();
        Set<Path> files = new HashSet<>();
        while (!peek().is(TokenKind.END)) {
            skipNewlines();
            if (peek().is(TokenKind.END)) {
                break;
            }
            Token word = peek();
            if (!word.isWord("lesson")) {
                diagnostics.error(word.span(), "course.expected",
                        word.describe());
                skipBlock();
                continue;
            }
            lesson(word, files).ifPresent(lessons::add);
        }
        if (lessons.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.error(first.span(), "course.no-lessons");
        }
        return new Course(title, code, description, language, completion, passing, lessons, file);
    }

    private int percent(List<Token> value, Span span, String raw, int otherwise) {
        Token number = value.get(0);
        boolean ok = number.is(TokenKind.NUMBER) && number.unit().isEmpty()
                && (value.size() == 1 || value.size() == 2 && value.get(1).isWord("percent"))
                && number.number() >= 1 && number.number() <= 100 && number.number() == Math.rint(number.number());
        if (!ok) {
            diagnostics.error(span, "course.percent", raw);
            return otherwise;
        }
        return (int) number.number();
    }

    private Optional<CourseLesson> lesson(Token keyword, Set<Path> files) {
        advance();
        Token name = peek();
        if (!name.is(TokenKind.STRING) || name.text().isBlank()) {
            diagnostics.error(name.span(), "course.lesson-name", name.describe());
            skipBlock();
            return Optional.empty();
        }
        advance();
        endOfLine();
        Path file = null;
        boolean ok = true;
        if (!isPath(name.text())) {
            diagnostics.error(name.span(), "course.lesson-missing", name.text());
            ok = false;
        } else if (onDisk) {
            // followed through links, to the real file: that is what is checked, rendered and exported
            RootFolder.Found found = folder.map(f -> f.find(name.text()))
                    .orElse(new RootFolder.Refused(RootFolder.Reason.ABSENT, "", ""));
            if (found instanceof RootFolder.Inside inside && Files.isRegularFile(inside.real(), LinkOption.NOFOLLOW_LINKS)) {
                file = inside.real();
                if (!files.add(file)) {
                    diagnostics.error(name.span(), "course.lesson-twice", name.text());
                    ok = false;
                }
            } else {
                refuse(found, name);
                ok = false;
            }
        } else {
            file = Path.of(name.text());
        }
        List<String> objectives = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        if (peek().is(TokenKind.INDENT)) {
            advance();
            while (!peek().is(TokenKind.DEDENT) && !peek().is(TokenKind.END)) {
                Token item = peek();
                if (item.isWord("objective") && next().is(TokenKind.STRING)) {
                    advance();
                    objectives.add(advance().text());
                    endOfLine();
                } else if (item.isWord("question") && next().is(TokenKind.STRING)) {
                    question().ifPresent(questions::add);
                } else {
                    diagnostics.error(item.span(), "course.item", item.describe());
                    skipBlock();
                }
            }
            if (peek().is(TokenKind.DEDENT)) {
                advance();
            }
        }
        return ok ? Optional.of(new CourseLesson(name.text(), file, objectives, questions,
                keyword.span().to(name.span()))) : Optional.empty();
    }

    /** Why a lesson named in the course cannot be read. */
    private void refuse(RootFolder.Found found, Token name) {
        RootFolder.Reason reason = found instanceof RootFolder.Refused refused ? refused.reason()
                : RootFolder.Reason.ABSENT;
        switch (reason) {
            case ESCAPES -> diagnostics.error(name.span(), "course.lesson-outside", name.text());
            case ABSENT -> diagnostics.error(name.span(), "course.lesson-missing", name.text());
            case LINK_OUTSIDE, LINK_BROKEN -> {
                RootFolder.Refused refused = (RootFolder.Refused) found;
                diagnostics.error(name.span(), reason == RootFolder.Reason.LINK_OUTSIDE ? "link.outside" : "link.broken",
                        refused.link(), refused.target(), "course", "lesson file");
            }
        }
    }

    /** Whether the text can name a file at all (a NUL, for one, cannot). */
    private static boolean isPath(String name) {
        try {
            Path.of(name);
            return true;
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private Optional<Question> question() {
        Token keyword = advance();
        Token text = advance();
        endOfLine();
        List<String> answers = new ArrayList<>();
        List<Integer> correct = new ArrayList<>();
        if (peek().is(TokenKind.INDENT)) {
            advance();
            while (!peek().is(TokenKind.DEDENT) && !peek().is(TokenKind.END)) {
                Token item = peek();
                if (item.isWord("answer") && next().is(TokenKind.STRING)) {
                    advance();
                    answers.add(advance().text());
                    if (peek().isWord("correct")) {
                        advance();
                        correct.add(answers.size() - 1);
                    }
                    endOfLine();
                } else {
                    diagnostics.error(item.span(), "course.answer", item.describe());
                    skipBlock();
                }
            }
            if (peek().is(TokenKind.DEDENT)) {
                advance();
            }
        }
        Span span = keyword.span().to(text.span());
        if (answers.size() < 2) {
            diagnostics.error(span, "course.answers");
            return Optional.empty();
        }
        if (correct.size() != 1) {
            diagnostics.error(span, "course.correct", correct.size());
            return Optional.empty();
        }
        return Optional.of(new Question(text.text(), answers, correct.get(0)));
    }

    private Token peek() {
        return tokens.get(Math.min(position, tokens.size() - 1));
    }

    private Token next() {
        return tokens.get(Math.min(position + 1, tokens.size() - 1));
    }

    private Token advance() {
        Token t = peek();
        if (position < tokens.size() - 1) {
            position++;
        }
        return t;
    }

    private void skipNewlines() {
        while (peek().is(TokenKind.NEWLINE)) {
            advance();
        }
    }

    /** Expects the end of the line; anything more on it is a mistake, and is skipped. */
    private void endOfLine() {
        if (peek().is(TokenKind.NEWLINE)) {
            advance();
        } else if (!peek().is(TokenKind.END) && !peek().is(TokenKind.INDENT) && !peek().is(TokenKind.DEDENT)) {
            diagnostics.error(peek().span(), "line.extra", peek().describe());
            skipLine();
        }
    }

    private void skipLine() {
        while (!peek().is(TokenKind.NEWLINE) && !peek().is(TokenKind.END)) {
            advance();
        }
        if (peek().is(TokenKind.NEWLINE)) {
            advance();
        }
    }

    /** Skips a line and any block indented under it. */
    private void skipBlock() {
        skipLine();
        if (peek().is(TokenKind.INDENT)) {
            int depth = 0;
            do {
                Token t = advance();
                if (t.is(TokenKind.INDENT)) {
                    depth++;
                } else if (t.is(TokenKind.DEDENT)) {
                    depth--;
                }
            } while (depth > 0 && !peek().is(TokenKind.END));
        }
    }
}

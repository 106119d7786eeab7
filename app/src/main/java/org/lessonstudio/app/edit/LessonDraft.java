package org.lessonstudio.app.edit;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lessonstudio.app.CheckedLesson;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.LessonChecks;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.ast.LessonAst;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.lex.Lexer;
import org.lessonstudio.dsl.lex.Token;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.timeline.Timeline;

/**
 * One version of a lesson's text as an editor holds it, perhaps unsaved: parsed for its names and
 * cut into tokens at once (a few milliseconds, for completion and navigation), and, when asked,
 * checked by every check the command line makes ({@link LessonChecks}) for its mistakes and its
 * timeline.
 *
 * @param checked the lesson's diagnostics and, when it has no errors, its timeline; empty until
 *                {@link #checked(Env)} is called
 */
public record LessonDraft(SourceFile file, LessonAst ast, List<Token> tokens, Names names,
                          Optional<CheckedLesson> checked) {

    /** Parses {@code text} as the lesson at {@code path} (its pictures and sounds are found beside it). */
    public static LessonDraft parse(Path path, String text) {
        SourceFile file = new SourceFile(path.getFileName().toString(), path, text);
        LessonAst ast = LessonCompiler.parse(file);
        List<Token> tokens = new Lexer(file, new Diagnostics(file)).tokens();
        return new LessonDraft(file, ast, tokens, Names.of(ast), Optional.empty());
    }

    /** Parses and checks {@code text}. */
    public static LessonDraft of(Path path, String text, Env env) {
        return parse(path, text).checked(env);
    }

    /** This draft with every check made. */
    public LessonDraft checked(Env env) {
        return checked.isPresent() ? this
                : new LessonDraft(file, ast, tokens, names, Optional.of(LessonChecks.check(file, env)));
    }

    public String text() {
        return file.text();
    }

    /** Every mistake found by the checks (none before they are made). */
    public List<Diagnostic> diagnostics() {
        return checked.map(CheckedLesson::diagnostics).orElse(List.of());
    }

    public Optional<Timeline> timeline() {
        return checked.flatMap(CheckedLesson::timeline);
    }
}

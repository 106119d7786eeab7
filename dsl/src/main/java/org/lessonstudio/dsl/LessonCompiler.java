package org.lessonstudio.dsl;

import java.util.List;
import java.util.Optional;
import org.lessonstudio.dsl.ast.LessonAst;
import org.lessonstudio.dsl.check.LessonChecker;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.lex.Lexer;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.parse.Parser;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.dsl.source.Span;

/**
 * The front of the pipeline: lesson text → tokens ({@link Lexer}) → AST ({@link Parser}) →
 * checked {@link Lesson} ({@link LessonChecker}). Never throws for a mistake in the lesson.
 */
public final class LessonCompiler {

    /**
     * The outcome: the lesson if it has no errors, and every diagnostic in text order.
     * {@code checkedParts} holds whatever passed the checks even when other parts did not, so later
     * checks (formulas) can still report their problems in the same run; never render it.
     */
    public record Result(Optional<Lesson> lesson, Lesson checkedParts, List<Diagnostic> diagnostics) {

        public boolean ok() {
            return lesson.isPresent();
        }
    }

    private LessonCompiler() {
    }

    /**
     * The lesson as parsed, not checked, for tools that point into the text (an editor's outline,
     * names and their uses); its mistakes are what {@link #compile} reports.
     */
    public static LessonAst parse(SourceFile file) {
        Diagnostics diagnostics = new Diagnostics(file);
        return diagnostics.reportUnreadable()
                ? new LessonAst("", Span.at(0), List.of(), List.of())
                : new Parser(new Lexer(file, diagnostics).tokens(), diagnostics).lesson();
    }

    public static Result compile(SourceFile file) {
        Diagnostics diagnostics = new Diagnostics(file);
        LessonAst ast = diagnostics.reportUnreadable()
                ? new LessonAst("", Span.at(0), List.of(), List.of())
                : new Parser(new Lexer(file, diagnostics).tokens(), diagnostics).lesson();
        Lesson lesson = new LessonChecker(diagnostics).check(ast);
        return new Result(diagnostics.hasErrors() ? Optional.empty() : Optional.of(lesson), lesson,
                diagnostics.sorted());
    }
}

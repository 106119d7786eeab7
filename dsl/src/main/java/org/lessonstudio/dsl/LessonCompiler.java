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

/**
 * The front of the pipeline: lesson text → tokens ({@link Lexer}) → AST ({@link Parser}) →
 * checked {@link Lesson} ({@link LessonChecker}). Never throws for a mistake in the lesson.
 */
public final class LessonCompiler {

    /** The outcome: the lesson if it has no errors, and every diagnostic in text order. */
    public record Result(Optional<Lesson> lesson, List<Diagnostic> diagnostics) {

        public boolean ok() {
            return lesson.isPresent();
        }
    }

    private LessonCompiler() {
    }

    public static Result compile(SourceFile file) {
        Diagnostics diagnostics = new Diagnostics(file);
        LessonAst ast = new Parser(new Lexer(file, diagnostics).tokens(), diagnostics).lesson();
        Lesson lesson = new LessonChecker(diagnostics).check(ast);
        return new Result(diagnostics.hasErrors() ? Optional.empty() : Optional.of(lesson), diagnostics.sorted());
    }
}

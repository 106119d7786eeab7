package org.lessonstudio.dsl.check;

import java.util.ArrayList;
import java.util.List;
import org.lessonstudio.dsl.ast.LessonAst;
import org.lessonstudio.dsl.ast.SceneAst;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.FootageSettings;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.model.Scene;

/** Checks a parsed lesson into the {@link Lesson} model. Each scene has its own names. */
public final class LessonChecker {

    private final Diagnostics diagnostics;

    public LessonChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public Lesson check(LessonAst ast) {
        HeaderChecker.Header header = new HeaderChecker(diagnostics).check(ast.settings());
        if (ast.title().isBlank() && !diagnostics.hasErrors()) {
            diagnostics.error(ast.titleSpan(), "lesson.title-empty");
        }
        WritingLength.fits(ast.title(), ast.titleSpan(), diagnostics);
        List<Scene> scenes = new ArrayList<>();
        for (SceneAst scene : ast.scenes()) {
            scenes.add(new SceneChecker(diagnostics, header.language()).check(scene));
        }
        if (ast.scenes().isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.error(ast.titleSpan(), "lesson.no-scenes");
        }
        FootageSettings footage = header.footage().in(ClipsFolder.find(header, scenes, diagnostics));
        return new Lesson(ast.title(), header.audience(), header.language(), header.voice(), header.safety(),
                footage, header.video(), header.theme(), header.background(), header.captions(), scenes,
                diagnostics.file());
    }
}

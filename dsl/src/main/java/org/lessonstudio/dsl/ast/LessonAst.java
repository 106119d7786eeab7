package org.lessonstudio.dsl.ast;

import java.util.List;
import org.lessonstudio.dsl.source.Span;

/** A whole lesson file as parsed: the header line, its settings, and the scenes. Not yet checked. */
public record LessonAst(String title, Span titleSpan, List<Setting> settings, List<SceneAst> scenes) {

    public LessonAst {
        settings = List.copyOf(settings);
        scenes = List.copyOf(scenes);
    }
}

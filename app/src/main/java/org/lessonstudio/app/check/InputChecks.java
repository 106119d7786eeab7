package org.lessonstudio.app.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Scene;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.dsl.source.Span;
import org.lessonstudio.media.SoundProbe;
import org.lessonstudio.renderer.Fonts;
import org.lessonstudio.renderer.HeldInputs;
import org.lessonstudio.renderer.Images;
import org.lessonstudio.renderer.TexCheck;

/**
 * What the language cannot judge on its own, checked before anything is drawn or spoken: every
 * formula (and every formula inside a line of writing) is typeset, every picture and sound file
 * is opened, and every piece of writing any kind shows ({@link Shape#writing()}: texts, titles, labels,
 * a bar chart's names...) is matched against the installed fonts. Each problem is
 * pointed at inside the quoted text that causes it.
 */
public final class InputChecks {

    /**
     * What all of a lesson's PNG and JPEG pictures may hold, by their headers: a thousand million
     * pixels (25 photos of 40 million, the most one picture may hold), so decoding them, even at
     * the size they are drawn, stays within seconds.
     */
    public static final long MOST_PICTURE_PIXELS = 1_000_000_000L;

    private final SourceFile file;
    private final Diagnostics into;
    private Path folder;
    private final java.util.Set<Path> pictures = new java.util.HashSet<>();
    private long picturePixels;

    private InputChecks(SourceFile file, Diagnostics into) {
        this.file = file;
        this.into = into;
    }

    public static void check(SourceFile file, List<Scene> scenes, Diagnostics into) {
        InputChecks checks = new InputChecks(file, into);
        for (Scene scene : scenes) {
            for (Shape shape : scene.shapes()) {
                checks.shape(shape);
            }
            for (Action action : scene.everyAction()) {
                checks.action(action);
            }
        }
    }

    private void shape(Shape shape) {
        for (String words : shape.writing()) {
            writing(words, shape.span());
        }
        if (shape instanceof Shape.Tex tex) {
            formula(tex.tex(), QuotedText.naming(file, tex.span(), tex.tex()), 0);
        } else if (shape instanceof Shape.Image image) {
            picture(image.file(), image.span());
        }
    }

    /**
     * A picture that passed the check but could not be drawn when a frame needed it, as the same
     * mistake the check gives, at the first statement that names the file; empty if none does.
     */
    public static java.util.Optional<org.lessonstudio.dsl.diag.Diagnostic> pictureMistake(
            org.lessonstudio.dsl.model.Lesson lesson, Path path, String reason) {
        for (Scene scene : lesson.scenes()) {
            for (Shape shape : scene.shapes()) {
                if (shape instanceof Shape.Image image && image.file().equals(path)) {
                    Diagnostics diagnostics = new Diagnostics(lesson.source());
                    InputChecks checks = new InputChecks(lesson.source(), diagnostics);
                    diagnostics.error(checks.named(path, image.span()), "image.unreadable", path.getFileName(), reason);
                    return java.util.Optional.of(diagnostics.sorted().get(0));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private void action(Action action) {
        if (action instanceof Action.Say say) {
            for (String language : say.lines().keySet()) {
                String spoken = say.text(language);
                Fonts.firstMissing(spoken).ifPresent(missing -> into.warning(say.span(), "text.no-font", missing));
            }
            if (say.recording() != null) {
                sound(say.recording(), say.span());
            }
        } else if (action instanceof Action.Music music) {
            sound(music.file(), music.span());
        }
    }

    /** A line of writing: its formulas between dollars, and its characters in some font. */
    private void writing(String text, Span statement) {
        if (text == null || text.isEmpty()) {
            return;
        }
        QuotedText.Literal literal = QuotedText.naming(file, statement, text);
        Fonts.firstMissing(text).ifPresent(missing -> {
            // the writing may be one of several in the quoted text (a bar chart's names)
            int inQuote = literal.content().indexOf(missing);
            into.warning(literal.part(inQuote >= 0 ? inQuote : Math.max(0, text.indexOf(missing)), missing.length()),
                    "text.no-font", missing);
        });
        for (org.lessonstudio.dsl.model.Writing.Piece piece : org.lessonstudio.dsl.model.Writing.pieces(text)) {
            if (piece.formula()) {
                formula(piece.text(), literal, piece.offset());
            }
        }
    }

    private void formula(String tex, QuotedText.Literal literal, int offset) {
        TexCheck.problem(tex).ifPresent(problem -> into.error(literal.part(offset + problem.offset(),
                problem.length()), "tex.invalid", problem.message()));
    }

    private void picture(Path path, Span statement) {
        if (!pictures.add(path)) {
            return;
        }
        Optional<String> problem = held(path);
        if (problem.isEmpty()) {
            problem = Images.problem(path);
        }
        if (problem.isPresent()) {
            into.error(named(path, statement), "image.unreadable", path.getFileName(), problem.get());
            return;
        }
        long before = picturePixels;
        picturePixels += Images.pixels(path);
        if (before <= MOST_PICTURE_PIXELS && picturePixels > MOST_PICTURE_PIXELS) {
            into.error(named(path, statement), "image.too-many-pixels", path.getFileName(),
                    picturePixels / 1_000_000, MOST_PICTURE_PIXELS / 1_000_000);
        }
    }

    private void sound(Path path, Span statement) {
        Optional<String> problem = held(path);
        if (problem.isEmpty()) {
            problem = SoundProbe.problem(path);
        }
        problem.ifPresent(why -> into.error(named(path, statement), "audio.unreadable", path.getFileName(), why));
    }

    /**
     * Reads the file once, from the lesson's folder down without following links, and holds its
     * bytes for the checks here and for the render ({@link HeldInputs}); why it could not be, if so.
     */
    private Optional<String> held(Path path) {
        if (file.path() == null) {
            return Optional.empty(); // a lesson with no folder (a test's text): read where it is named
        }
        try {
            if (folder == null) {
                folder = file.path().toAbsolutePath().getParent().toRealPath();
            }
            HeldInputs.hold(path, InsideRead.bytes(folder, path));
            return Optional.empty();
        } catch (InsideRead.Refused e) {
            return Optional.of(e.getMessage());
        } catch (java.nio.file.AccessDeniedException e) {
            return Optional.of("you have no permission to read it");
        } catch (IOException e) {
            return Optional.of("it could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Span named(Path path, Span statement) {
        return QuotedText.naming(file, statement, path.getFileName().toString()).span();
    }
}

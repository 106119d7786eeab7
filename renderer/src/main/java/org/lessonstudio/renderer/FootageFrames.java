package org.lessonstudio.renderer;

import java.awt.image.BufferedImage;
import org.lessonstudio.timeline.frame.Figure;

/**
 * Where the renderer gets a footage shot's picture at a moment of it. The studio answers from the
 * clips it obtained (decoded in the media module); without one, shots are drawn from their words.
 */
@FunctionalInterface
public interface FootageFrames {

    /** Footage drawn live from its words, labelled as procedural: what a lesson shows before any clip exists. */
    FootageFrames DRAWN = shot -> new Picture.Drawn(Picture.PROCEDURAL);

    /** The picture of {@code shot} at {@code shot.time()} seconds into it. */
    Picture picture(Figure.Footage shot);

    /** What to draw for a shot. {@code label} is shown in its corner while it is on screen, or null for none. */
    sealed interface Picture {

        String PROCEDURAL = "PROCEDURAL FOOTAGE";
        String GENERATED = "AI-GENERATED FOOTAGE";

        /** A frame of a clip or a still image ({@code still}: moved slowly, Ken Burns style). */
        record Frame(BufferedImage image, boolean still, String label) implements Picture { }

        /** Drawn from the shot's words as it plays: the procedural provider's own picture. */
        record Drawn(String label) implements Picture { }

        /** Not made yet: a slate with the prompt, saying which provider will make it and how. */
        record Waiting(String provider, String how) implements Picture { }
    }
}

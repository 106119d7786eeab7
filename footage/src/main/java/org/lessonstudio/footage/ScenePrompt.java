package org.lessonstudio.footage;

import java.util.List;
import org.lessonstudio.dsl.model.Shape;

/**
 * One footage statement and the prompt made from it.
 *
 * @param scene       the scene's title
 * @param sceneNumber counted from 1
 * @param line        where the statement is in the lesson
 * @param description the teacher's words
 * @param seconds     how long the shot is on screen
 * @param blend       {@code full}, {@code behind}, {@code picture} or {@code split}
 * @param provider    the provider the statement names ({@code from library}), or empty
 * @param prompt      what a video generator receives, expanded from the template
 * @param pieces      the same prompt in pieces, the template's own words apart from the lesson's (for the safety
 *                    check; not part of what {@code lesson prompts --json} prints)
 * @param statement   the footage statement it comes from (its style, camera and mood, and where it is), or null
 *                    for a shot made up without a lesson; not part of what {@code lesson prompts --json} prints
 */
public record ScenePrompt(String scene, int sceneNumber, int line, String description, double seconds, String blend,
                          String provider, String prompt, List<PromptPiece> pieces, Shape.Footage statement) {

    public ScenePrompt {
        pieces = List.copyOf(pieces);
    }

    /** A shot made up without a lesson's statement. */
    public ScenePrompt(String scene, int sceneNumber, int line, String description, double seconds, String blend,
                       String provider, String prompt, List<PromptPiece> pieces) {
        this(scene, sceneNumber, line, description, seconds, blend, provider, prompt, pieces, null);
    }

    /** A shot whose prompt is taken as the lesson's words throughout (checked in full, as they are). */
    public ScenePrompt(String scene, int sceneNumber, int line, String description, double seconds, String blend,
                       String provider, String prompt) {
        this(scene, sceneNumber, line, description, seconds, blend, provider, prompt,
                List.of(new PromptPiece(PromptPiece.Origin.LESSON, prompt)));
    }
}

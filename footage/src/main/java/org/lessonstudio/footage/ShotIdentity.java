package org.lessonstudio.footage;

import org.lessonstudio.dsl.model.Shape;

/**
 * What makes a shot the shot it is: its words, its style, camera and mood, how long it is, the
 * picture's size and its seed. Shots are kept and looked up by this, never by their words alone:
 * two shots with the same words and different lengths are two shots with a clip each.
 *
 * @param description the teacher's words
 * @param style       {@code style "documentary"}, or empty
 * @param camera      {@code shot "close-up"}, or empty
 * @param mood        {@code mood "calm"}, or empty
 * @param seconds     how long it is on screen
 * @param width       the video's width in pixels
 * @param height      the video's height in pixels
 * @param seed        the seed it is made with
 */
public record ShotIdentity(String description, String style, String camera, String mood, double seconds, int width,
                           int height, long seed) {

    /** A shot's identity as it is asked of a provider. */
    public static ShotIdentity of(ScenePrompt shot, ShotRequest request) {
        Shape.Footage statement = shot.statement();
        return new ShotIdentity(shot.description(), statement == null ? "" : statement.look(),
                statement == null ? "" : statement.shot(), statement == null ? "" : statement.mood(),
                request.seconds(), request.width(), request.height(), request.seed());
    }
}

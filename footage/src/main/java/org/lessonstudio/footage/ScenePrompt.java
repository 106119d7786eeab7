package org.lessonstudio.footage;

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
 */
public record ScenePrompt(String scene, int sceneNumber, int line, String description, double seconds, String blend,
                          String provider, String prompt) { }

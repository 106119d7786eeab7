package org.lessonstudio.footage;

/**
 * One footage statement and the prompt made from it.
 *
 * @param scene       the scene's title
 * @param sceneNumber counted from 1
 * @param line        where the statement is in the lesson
 * @param description the teacher's words
 * @param seconds     how long the shot is on screen
 * @param blend       {@code full} or {@code behind}
 * @param prompt      what a video generator receives, expanded from the template
 */
public record ScenePrompt(String scene, int sceneNumber, int line, String description, double seconds, String blend,
                          String prompt) { }

package org.lessonstudio.dsl.model;

/** The size and frame rate a lesson renders at, unless the command line says otherwise. */
public record VideoFormat(int width, int height, int fps) {

    public static final VideoFormat DEFAULT = new VideoFormat(1920, 1080, 30);
}

package org.lessonstudio.timeline;

/** A sentence shown as a caption while it is spoken, in seconds from the scene's start. */
public record CaptionEvent(String text, double start, double end) { }

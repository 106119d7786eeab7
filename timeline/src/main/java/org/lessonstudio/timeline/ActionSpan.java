package org.lessonstudio.timeline;

/**
 * When one effect of an action runs in its scene (seconds from the scene's start), and what it
 * is, in words ({@code move P}): for tools and tests that look at what each action does.
 */
public record ActionSpan(String what, double start, double end) { }

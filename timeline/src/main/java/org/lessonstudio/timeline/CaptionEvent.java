package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Action;

/**
 * A sentence shown as a caption while it is spoken, in seconds from the scene's start.
 * {@code speech} is how long the voice itself lasts (the caption may stay longer, while the actions
 * under the sentence finish).
 */
public record CaptionEvent(Action.Say say, String text, double start, double end, double speech) { }

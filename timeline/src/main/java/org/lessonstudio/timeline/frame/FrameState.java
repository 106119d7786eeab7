package org.lessonstudio.timeline.frame;

import java.util.List;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Theme;

/**
 * Everything needed to draw one frame, and nothing more: the renderer turns this into pixels
 * without knowing anything about the lesson or about time.
 *
 * @param caption        the caption cue being spoken (its lines joined by a line break), or "" when none
 * @param captionOpacity how strongly the caption is drawn into the picture: 0 when it is not (closed
 *                       captions, shown by the player from the video's text track)
 * @param background     the colour behind everything, or null for the theme's own
 */
public record FrameState(double time, int sceneIndex, String sceneTitle, Theme theme, Viewport viewport,
                         List<Item> items, String caption, double captionOpacity, ColorName background) {

    public FrameState {
        items = List.copyOf(items);
    }

    public FrameState(double time, int sceneIndex, String sceneTitle, Theme theme, Viewport viewport,
                      List<Item> items, String caption, double captionOpacity) {
        this(time, sceneIndex, sceneTitle, theme, viewport, items, caption, captionOpacity, null);
    }

    /** The same frame with no caption drawn (a poster, a picture for a slide). */
    public FrameState withoutCaption() {
        return new FrameState(time, sceneIndex, sceneTitle, theme, viewport, items, caption, 0, background);
    }
}

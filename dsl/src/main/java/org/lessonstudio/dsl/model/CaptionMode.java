package org.lessonstudio.dsl.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a lesson's captions go, so a viewer never sees two sets at once. {@code closed} (the
 * default): a text track in the video and caption files beside it, shown by the player when the
 * viewer asks, nothing drawn into the picture. {@code burned}: drawn into the picture, for a
 * player that shows no text tracks; the track and files are still written, off by default.
 * {@code both}: drawn in and carried as a track, for a video that must carry its own captions
 * and its track; the track is off by default too.
 */
public enum CaptionMode {
    CLOSED, BURNED, BOTH;

    /** Whether the captions are drawn into the picture. */
    public boolean drawn() {
        return this != CLOSED;
    }

    /** Whether a player turns the text track on by itself. */
    public boolean trackOnByDefault() {
        return this == CLOSED;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CaptionMode> named(String word) {
        return Arrays.stream(values()).filter(m -> m.word().equals(word)).findFirst();
    }
}

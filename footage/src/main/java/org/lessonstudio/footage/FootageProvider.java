package org.lessonstudio.footage;

import java.util.Optional;

/** One place footage comes from: drawn here, the teacher's own clips, or a video-generation service. */
public interface FootageProvider {

    /** What it is: its word, its wording, what it can make. */
    Provider provider();

    /** The word a lesson uses for it. */
    default String name() {
        return provider().id();
    }

    /** Works without the internet and costs nothing. */
    default boolean offline() {
        return provider().offline();
    }

    /** The clip already at hand for the shot (a library match, or one in the cache), without making one. */
    Optional<Clip> ready(ShotRequest shot) throws FootageException;

    /**
     * The shot's clip: at hand, or made now (and kept in the cache). Empty when this provider has
     * nothing suitable (a library with no good match); an exception when it tried and failed.
     */
    Optional<Clip> clip(ShotRequest shot) throws FootageException;

    /** Why this provider had nothing for the shot, for a teacher; null when there is nothing worth saying. */
    default String miss(ShotRequest shot) {
        return "nothing suitable";
    }
}

package org.lessonstudio.footage.safety;

import org.lessonstudio.footage.FootageException;

/**
 * A school's moderator that is set up but gave no answer that can be used (unreachable, too slow,
 * busy or failing after retries, or an answer that cannot be read). The check fails closed: the
 * prompt is not sent to any video service. The message never holds the key.
 */
public final class ModeratorUnavailable extends FootageException {

    ModeratorUnavailable(String message) {
        super(message);
    }
}

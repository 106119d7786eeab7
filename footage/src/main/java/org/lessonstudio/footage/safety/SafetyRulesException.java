package org.lessonstudio.footage.safety;

import java.io.IOException;

/** A safety file that cannot be read as written; the message names the file and line. */
public final class SafetyRulesException extends IOException {

    SafetyRulesException(String message) {
        super(message);
    }
}

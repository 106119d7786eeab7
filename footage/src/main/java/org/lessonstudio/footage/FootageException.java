package org.lessonstudio.footage;

/** A provider could not give a shot; the message is for a teacher and never holds a key. */
public class FootageException extends Exception {

    public FootageException(String message) {
        super(message);
    }

    public FootageException(String message, Throwable cause) {
        super(message, cause);
    }
}

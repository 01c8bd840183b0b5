package org.derkit.edi;

/**
 * What a writer puts after each segment terminator. Readers accept all of them.
 */
public enum LineEnding {
    /** Nothing: the whole interchange on one line. */
    NONE(""),
    /** A line feed. */
    LF("\n"),
    /** A carriage return and a line feed. */
    CRLF("\r\n");

    private final String text;

    LineEnding(String text) {
        this.text = text;
    }

    /** {@return the characters written after each terminator} */
    public String text() {
        return text;
    }
}

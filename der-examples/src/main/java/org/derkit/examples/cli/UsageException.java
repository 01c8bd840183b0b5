package org.derkit.examples.cli;

/** Bad usage of a command: an unknown option, a missing or malformed option value (exit 64). */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}

package org.derkit.examples.usage;

/**
 * An 867 file that cannot be turned into usage: the message names the file, where in it (segment
 * position and transaction set, when known) and what is wrong.
 */
public final class UsageInputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;

    /**
     * Creates the exception.
     *
     * @param file the file as given
     * @param reason what is wrong and where, as a sentence
     */
    public UsageInputException(String file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    /**
     * Creates the exception with its cause.
     *
     * @param file the file as given
     * @param reason what is wrong and where, as a sentence
     * @param cause the reader's or the reconstruction's exception
     */
    public UsageInputException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    /** The file as given. */
    public String file() {
        return file;
    }
}

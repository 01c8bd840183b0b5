package org.derkit.edi;

/**
 * Thrown when {@link X12Writer} or {@link X12Reader} is called out of the X12 envelope order: a
 * transaction set written outside a functional group, a group or interchange begun while one is
 * still open or ended while none is, the reader's headers asked for before it returned a
 * transaction set. The message says what was asked for, why it cannot be done and where the writer
 * or reader stands (the open interchange and group control numbers).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class X12SequenceException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was asked for, why it cannot be done, and where the caller stands
     */
    public X12SequenceException(String message) {
        super(message);
    }
}

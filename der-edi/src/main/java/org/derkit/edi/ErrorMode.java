package org.derkit.edi;

/**
 * How a reader reacts to a problem in its input.
 */
public enum ErrorMode {
    /** The first problem stops the reader with an {@link X12Exception}. */
    STRICT,
    /**
     * Every problem is recorded and reading goes on; transaction sets without problems are still
     * delivered, those with problems are not (their findings are in the reader's reports).
     */
    COLLECTING
}

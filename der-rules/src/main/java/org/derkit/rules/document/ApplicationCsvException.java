package org.derkit.rules.document;

/**
 * A cell, header or row of an application CSV file that cannot be read: names the file, the line,
 * the column and what is wrong.
 */
public final class ApplicationCsvException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The file name as given (a path, or the name of the source of a reader). */
    private final String file;
    /** The 1-based line number; 1 is the header. */
    private final long line;
    /** The column's header name, or empty when the whole row or the header is wrong. */
    private final String column;
    /** What is wrong, in the reader's words. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param file the file name as given
     * @param line the 1-based line number (1 = header)
     * @param column the column name, or empty for the whole row or header
     * @param reason what is wrong
     */
    public ApplicationCsvException(String file, long line, String column, String reason) {
        super(file + ": line " + line + (column.isEmpty() ? "" : ", column " + column) + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /**
     * The file the problem is in.
     *
     * @return the file name as given
     */
    public String file() {
        return file;
    }

    /**
     * The line the problem is on.
     *
     * @return the 1-based line number (1 = header)
     */
    public long line() {
        return line;
    }

    /**
     * The column the problem is in.
     *
     * @return the column's header name, or empty for the whole row or header
     */
    public String column() {
        return column;
    }

    /**
     * What is wrong, without the file, line and column the message starts with.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }
}

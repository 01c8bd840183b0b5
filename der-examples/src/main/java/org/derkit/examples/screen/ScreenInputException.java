package org.derkit.examples.screen;

/**
 * A cell, header or row of an application CSV file that cannot be read: names the file, the line,
 * the column and what is wrong.
 */
public final class ScreenInputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String column;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param file the file name as given
     * @param line the 1-based line number (1 = header)
     * @param column the column name, or empty for the whole row or header
     * @param reason what is wrong
     */
    public ScreenInputException(String file, long line, String column, String reason) {
        super(file + ": line " + line + (column.isEmpty() ? "" : ", column " + column) + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The file name. */
    public String file() {
        return file;
    }

    /** The 1-based line number. */
    public long line() {
        return line;
    }

    /** The column name, or empty. */
    public String column() {
        return column;
    }

    /** What is wrong. */
    public String reason() {
        return reason;
    }
}

package org.derkit.rules;

import java.util.Objects;
import org.derkit.model.InvalidValueException;

/**
 * Thrown when a requirement catalogue cannot be read: a wrong header, a row with the wrong number
 * of columns, a kind or source that the catalogue does not know, or an id that appears twice. The
 * message has the shape of every refused value of derkit and ends with the file and line, such
 * as {@code Invalid value for kind (valid values rule, computation, advisory, process,
 * informational): 'rules', in x.csv, line 2}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class CatalogueException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    /** The catalogue file as named to the parser. */
    private final String file;
    /** The line of the file, 1 for the header. */
    private final long line;

    /**
     * Creates the exception for one refused cell or row.
     *
     * @param file the file name as given to {@link Catalogue#parse}, not null
     * @param line the line in the file, 1 for the header
     * @param field the column or part refused, such as {@code kind}, not null
     * @param validValues what the catalogue accepts there, not null
     * @param value the refused text or count, not null
     */
    public CatalogueException(String file, long line, String field, String validValues, Object value) {
        super(field, validValues, value);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
    }

    /**
     * The catalogue file as named to the parser.
     *
     * @return the file name
     */
    public String file() {
        return file;
    }

    /**
     * The line of the refused row, 1 for the header.
     *
     * @return the line number
     */
    public long line() {
        return line;
    }

    /**
     * The refusal followed by the file and line.
     *
     * @return such as {@code Invalid value for kind (valid values ...): 'rules', in x.csv, line 2}
     */
    @Override
    public String getMessage() {
        return super.getMessage() + ", in " + file + ", line " + line;
    }
}

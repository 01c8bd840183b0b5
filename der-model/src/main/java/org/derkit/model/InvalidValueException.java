package org.derkit.model;

import java.util.Objects;

/**
 * Thrown when a value is refused at construction because it is meaningless: a negative nameplate,
 * a CT ratio of zero, an interval that ends before it starts.
 *
 * <p>The message reads {@code Invalid value for <field> (valid values <range>): <value>}, and the
 * three parts are available as {@link #field()}, {@link #validValues()} and {@link #value()}.
 * A value that is meaningful but breaks an Ameren requirement is never this exception: it is a
 * finding of der-rules.
 *
 * <p>Subtypes that carry more structure (such as der-rules' {@code JsonDocumentException}, which
 * lists every problem of a refused document with its JSON path) keep this message shape, so one
 * {@code catch (InvalidValueException e)} handles every refused value of derkit.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * The name of the refused field, as the message starts with it.
     */
    private final String field;
    /**
     * What the field accepts, in words (such as {@code > 0 and <= 1}).
     */
    private final String validValues;
    /**
     * The refused value as text, quoted when it was text.
     */
    private final String value;

    /**
     * Creates the exception for one refused field.
     *
     * @param field the field name as the model spells it, not null
     * @param validValues the valid range with its unit, such as {@code >= 0 kW}, not null
     * @param value the refused value with its unit, not null
     */
    public InvalidValueException(String field, String validValues, Object value) {
        super("Invalid value for " + Objects.requireNonNull(field, "field")
                + " (valid values " + Objects.requireNonNull(validValues, "validValues") + "): "
                + value);
        this.field = field;
        this.validValues = validValues;
        this.value = String.valueOf(value);
    }

    /** {@return the refused field, as the model spells it} */
    public String field() {
        return field;
    }

    /** {@return the valid range with its unit} */
    public String validValues() {
        return validValues;
    }

    /** {@return the refused value as text, with its unit where it has one} */
    public String value() {
        return value;
    }
}

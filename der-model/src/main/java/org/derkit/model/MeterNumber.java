package org.derkit.model;

/**
 * A meter number, as sent in {@code REF*MG}. The number {@code 99999999} stands for an unmetered
 * service point or a meter not yet set (RES-11, RES-13).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class MeterNumber extends Identifier {

    private MeterNumber(String value) {
        super("meterNumber", value, null, generalRule());
    }

    /**
     * Obtains the identifier for its text.
     *
     * @param value the meter number as {@code REF*MG} carries it ({@code 99999999} for unmetered): 1 to
     *     80 printable ASCII characters, no spaces, none of {@code * ~ ^ | : >}
     * @return the meter number
     * @throws InvalidValueException naming the text if it is not a valid meterNumber
     */
    public static MeterNumber of(String value) {
        return new MeterNumber(value);
    }

    /** {@code 99999999}: unmetered (lighting-only) service, or a meter not yet set (RES-11, RES-13). */
    public static final MeterNumber UNMETERED = new MeterNumber("99999999");

    /** {@return whether this is the placeholder {@code 99999999}} */
    public boolean isUnmetered() {
        return equals(UNMETERED);
    }
}

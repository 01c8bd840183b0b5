package org.derkit.model;

/**
 * An Ameren service point identifier: metered or unmetered load on one rate, with zero or more
 * meters (RES-15); the 867 carries one per transaction (RES-17).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class ServicePointId extends Identifier {

    private ServicePointId(String value) {
        super("servicePoint", value, null, generalRule());
    }

    /**
     * Obtains the identifier for its text.
     *
     * @param value the service point identifier as Ameren issued it: 1 to 80 printable ASCII
     *     characters, no spaces, none of {@code * ~ ^ | : >}
     * @return the service point identifier
     * @throws InvalidValueException naming the text if it is not a valid servicePoint
     */
    public static ServicePointId of(String value) {
        return new ServicePointId(value);
    }
}

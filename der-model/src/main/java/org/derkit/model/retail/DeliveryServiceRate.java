package org.derkit.model.retail;

import org.derkit.model.InvalidValueException;

/** Ameren Illinois electric delivery service rates (INV-02). */
public enum DeliveryServiceRate {
    /** DS-1 residential. */
    DS_1,
    /** DS-2 small general service. */
    DS_2,
    /** DS-3 general service. */
    DS_3,
    /** DS-4 large general service. */
    DS_4,
    /** DS-5 lighting. */
    DS_5,
    /** DS-6 large general service (high voltage). */
    DS_6;

    /** {@return {@code DS-1} ..} {@code DS-6}. */
    public String code() {
        return name().replace('_', '-');
    }

    /**
     * Reads {@code DS-1} ... {@code DS-6} (or {@code DS1}, {@code DS_1}).
     *
     * @param text the rate's name, {@code DS-1} to {@code DS-6}, in any case
     * @return the delivery service rate
     * @throws InvalidValueException for any other text
     */
    public static DeliveryServiceRate parse(CharSequence text) {
        String t = text.toString().strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        if (t.length() == 3 && t.startsWith("DS")) {
            t = "DS_" + t.charAt(2);
        }
        for (DeliveryServiceRate r : values()) {
            if (r.name().equals(t)) {
                return r;
            }
        }
        throw new InvalidValueException("rate", "DS-1 to DS-6", "'" + text + "'");
    }
}

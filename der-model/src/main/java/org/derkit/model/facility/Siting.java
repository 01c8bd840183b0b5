package org.derkit.model.facility;

import org.derkit.model.InvalidValueException;

/**
 * Where a DER sits relative to the load it serves (POL-01): behind the customer's revenue meter, or
 * remotely located and serving load elsewhere (community solar, for example).
 */
public enum Siting {
    /** Behind-the-meter: shares a revenue meter with the customer's load. */
    BEHIND_THE_METER("BTM"),
    /** Remotely located generation: serves load elsewhere. */
    REMOTELY_LOCATED("RLG");

    private final String code;

    Siting(String code) {
        this.code = code;
    }

    /** {@return the short code the documents use: {@code BTM} or {@code RLG}} */
    public String code() {
        return code;
    }

    /**
     * Reads {@code BTM} or {@code RLG} (or the constant's name).
     *
     * @param text {@code BTM} (behind the meter) or {@code RLG} (retail load growth), in any case
     * @return the siting
     * @throws InvalidValueException for any other text
     */
    public static Siting parse(CharSequence text) {
        String t = text.toString().strip();
        for (Siting s : values()) {
            if (s.code.equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t)) {
                return s;
            }
        }
        throw new InvalidValueException("siting", "BTM or RLG", "'" + text + "'");
    }
}

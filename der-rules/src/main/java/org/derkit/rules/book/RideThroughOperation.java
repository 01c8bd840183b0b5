package org.derkit.rules.book;

/**
 * What an inverter must do while voltage or frequency stays in a ride-through region (INV-10,
 * INV-11, INV-13): the "Operating Mode/Response" column of the seed's Tables 5 and 6 and of the
 * IEEE 1547-2018 ride-through tables.
 */
public enum RideThroughOperation {
    /** Keep exchanging current with the grid indefinitely. */
    CONTINUOUS_OPERATION("continuous operation"),
    /** Keep exchanging current with the grid for at least the ride-through time. */
    MANDATORY_OPERATION("mandatory operation"),
    /** Stop exchanging current but stay connected, and restore output when the grid returns. */
    MOMENTARY_CESSATION("momentary cessation"),
    /** Stop exchanging current with the grid and trip within the maximum trip time. */
    CEASE_TO_ENERGIZE("cease to energize"),
    /** No ride-through requirement: the inverter may trip, within the maximum trip time. */
    NO_RIDE_THROUGH("no ride-through");

    private final String words;

    RideThroughOperation(String words) {
        this.words = words;
    }

    /** {@return the operation in words, such as {@code momentary cessation}} */
    public String words() {
        return words;
    }
}

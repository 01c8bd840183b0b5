package org.derkit.rules.book;

import java.util.Objects;

/**
 * The application level (POL-06) with the reason in words, such as
 * {@code export capacity 20 kW <= 25 kW and nameplate 40 kW <= 50 kW}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param level the lowest level the facility qualifies for
 * @param reason why, with the measured values and the limits
 */
public record LevelDecision(ApplicationLevel level, String reason) {

    /**
     * Checks that nothing is null.
     *
     * @param level the lowest level the facility qualifies for
     * @param reason why, with the measured values and the limits
     */
    public LevelDecision {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(reason, "reason");
    }

    /** Such as {@code LEVEL_1 (export capacity 20 kW <= 25 kW and nameplate 40 kW <= 50 kW)}. */
    @Override
    public String toString() {
        return level + " (" + reason + ")";
    }
}

package org.derkit.model.facility;

import java.time.Duration;
import org.derkit.model.Frequency;
import org.derkit.model.internal.Checks;

/**
 * One frequency trip setting of an inverter: the region (such as {@code OF2}, {@code UF1}), the
 * pick-up frequency and the maximum clearing time (INV-11, INV-13).
 *
 * @param region the region's name as the tables write it
 * @param pickup pick-up frequency
 * @param clearingTime maximum time to trip
 */
public record FrequencyTripSetting(String region, Frequency pickup, Duration clearingTime) {

    /**
     * Checks the values.
     *
     * @param region the region's name as the tables write it, not blank
     * @param pickup pick-up frequency, positive
     * @param clearingTime maximum time to trip, not negative
     * @throws org.derkit.model.InvalidValueException if a value is blank, not positive or negative as stated
     */
    public FrequencyTripSetting {
        Checks.text("region", region);
        Checks.positive("pickup", pickup);
        Checks.nonNegative("clearingTime", clearingTime);
    }
}

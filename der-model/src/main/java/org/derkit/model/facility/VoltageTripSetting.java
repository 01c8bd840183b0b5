package org.derkit.model.facility;

import java.time.Duration;
import java.util.Objects;
import org.derkit.model.Percentage;
import org.derkit.model.internal.Checks;

/**
 * One voltage trip setting of an inverter: the region (such as {@code OV2}, {@code UV1}), the
 * pick-up voltage in percent of nominal and the maximum clearing time (INV-10, INV-13).
 *
 * @param region the region's name as the tables write it
 * @param pickup pick-up voltage, percent of nominal
 * @param clearingTime maximum time to trip
 */
public record VoltageTripSetting(String region, Percentage pickup, Duration clearingTime) {

    /**
     * Checks the values.
     *
     * @param region the region's name as the tables write it, not blank
     * @param pickup pick-up voltage, percent of nominal
     * @param clearingTime maximum time to trip, not negative
     * @throws org.derkit.model.InvalidValueException if the region is blank or the clearing time negative
     */
    public VoltageTripSetting {
        Checks.text("region", region);
        Objects.requireNonNull(pickup, "pickup");
        Checks.nonNegative("clearingTime", clearingTime);
    }
}

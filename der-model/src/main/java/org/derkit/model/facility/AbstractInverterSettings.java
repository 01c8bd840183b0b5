package org.derkit.model.facility;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.derkit.model.Percentage;
import org.derkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * The settings an inverter is programmed with: trip and ride-through settings, the volt-var
 * curve, ramp rates and reconnection (INV-09 to INV-15, POL-29 to POL-31). Every setting is
 * optional: an unknown setting makes the rules that need it report insufficient data.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractInverterSettings {

    /** {@return voltage trip settings (OV2, OV1, UV1, UV2...)} */
    public abstract List<VoltageTripSetting> voltageTrips();

    /** {@return frequency trip settings (OF2, OF1, UF1, UF2...)} */
    public abstract List<FrequencyTripSetting> frequencyTrips();

    /** {@return the programmed volt-var curve} */
    public abstract Optional<VoltVarCurve> voltVarCurve();

    /** {@return normal ramp-up rate, percent of maximum current output per second (INV-14)} */
    public abstract Optional<Percentage> normalRampUpRate();

    /** {@return wait after grid voltage is restored before reconnecting (POL-30, INV-15)} */
    public abstract Optional<Duration> reconnectDelay();

    /** {@return the reconnection ramp (POL-31, INV-15)} */
    public abstract Optional<ReconnectRamp> reconnectRamp();

    /** {@return time to trip on an island (INV-09)} */
    public abstract Optional<Duration> islandingTripTime();

    /** {@return time to trip on loss of a utility phase (INV-09, POL-29)} */
    public abstract Optional<Duration> openPhaseTripTime();

    /**
     * Refuses a negative {@code reconnectDelay}, {@code islandingTripTime} or {@code
     * openPhaseTripTime}; a {@code normalRampUpRate} outside 0% to 100%. The builder calls it;
     * callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        Checks.percentBetween("normalRampUpRate", normalRampUpRate(), 0, 100);
        Checks.nonNegativeDuration("reconnectDelay", reconnectDelay());
        Checks.nonNegativeDuration("islandingTripTime", islandingTripTime());
        Checks.nonNegativeDuration("openPhaseTripTime", openPhaseTripTime());
    }
}

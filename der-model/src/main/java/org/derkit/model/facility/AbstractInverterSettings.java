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

    /** Voltage trip settings (OV2, OV1, UV1, UV2...). */
    public abstract List<VoltageTripSetting> voltageTrips();

    /** Frequency trip settings (OF2, OF1, UF1, UF2...). */
    public abstract List<FrequencyTripSetting> frequencyTrips();

    /** The programmed volt-var curve. */
    public abstract Optional<VoltVarCurve> voltVarCurve();

    /** Normal ramp-up rate, percent of maximum current output per second (INV-14). */
    public abstract Optional<Percentage> normalRampUpRate();

    /** Wait after grid voltage is restored before reconnecting (POL-30, INV-15). */
    public abstract Optional<Duration> reconnectDelay();

    /** The reconnection ramp (POL-31, INV-15). */
    public abstract Optional<ReconnectRamp> reconnectRamp();

    /** Time to trip on an island (INV-09). */
    public abstract Optional<Duration> islandingTripTime();

    /** Time to trip on loss of a utility phase (INV-09, POL-29). */
    public abstract Optional<Duration> openPhaseTripTime();

    @Value.Check
    protected void check() {
        Checks.percentBetween("normalRampUpRate", normalRampUpRate(), 0, 100);
        Checks.nonNegativeDuration("reconnectDelay", reconnectDelay());
        Checks.nonNegativeDuration("islandingTripTime", islandingTripTime());
        Checks.nonNegativeDuration("openPhaseTripTime", openPhaseTripTime());
    }
}

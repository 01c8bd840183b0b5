package org.derkit.rules.book;

import java.util.Objects;
import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.NominalVoltage;
import org.derkit.model.Voltage;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.Phases;
import org.derkit.model.facility.Siting;
import org.derkit.rules.Dimension;
import org.derkit.rules.Input;

/**
 * The application-level inputs shared by the system-limit, SCADA, transfer-trip, construction,
 * storage-metering and witness-test topics, named as in {@link FacilityInputs} where the value is
 * the same, so that findings and the boundary generator join them.
 */
final class SysInputs {

    private SysInputs() {
    }

    /** A facility input read through the application. */
    static <V> Input<ScreeningContext, V> onFacility(Input<Facility, V> input) {
        Objects.requireNonNull(input, "input");
        return input.dimension()
                .map(d -> Input.<ScreeningContext, V>of(input.name(), d,
                        a -> input.extractor().apply(a.facility())))
                .orElseGet(() -> Input.of(input.name(), a -> input.extractor().apply(a.facility())));
    }

    /** BTM or RLG. */
    static final Input<ScreeningContext, Siting> SITING = onFacility(FacilityInputs.SITING);

    /** The aggregate AC nameplate (kW). */
    static final Input<ScreeningContext, ActivePower> AGGREGATE_NAMEPLATE =
            onFacility(FacilityInputs.AGGREGATE_NAMEPLATE);

    /** The aggregate AC nameplate (kVA). */
    static final Input<ScreeningContext, ApparentPower> APPARENT_NAMEPLATE = Input.of(
            "aggregate AC nameplate (kVA)", Dimension.APPARENT_POWER,
            ScreeningContext::totalApparentNameplate);

    /** Export capacity at the POI (generation plus storage). */
    static final Input<ScreeningContext, ActivePower> EXPORT_CAPACITY = Input.of(
            "export capacity", Dimension.ACTIVE_POWER, a -> a.facility().exportCapacity());

    /** The nominal voltage at the POI. */
    static final Input<ScreeningContext, NominalVoltage> POI_VOLTAGE = Input.of(
            "POI voltage", a -> a.facility().pointOfInterconnectionVoltage());

    /** The nominal line-to-line voltage at the POI. */
    static final Input<ScreeningContext, Voltage> POI_LINE_VOLTAGE = Input.of(
            "POI line-to-line voltage", Dimension.VOLTAGE,
            a -> a.facility().pointOfInterconnectionVoltage().map(NominalVoltage::lineToLine));

    /** Phases of the DER interconnection. */
    static final Input<ScreeningContext, Phases> PHASES = Input.of("phases", a -> a.facility().phases());

    /** Whether the facility is inverter-based (has at least one described inverter). */
    static boolean hasInverters(ScreeningContext a) {
        return !a.facility().inverters().isEmpty();
    }

    /** An optional value of a facility part. */
    static <T> Optional<T> none() {
        return Optional.empty();
    }
}

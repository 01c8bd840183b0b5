package org.derkit.rules.book;

import org.derkit.model.ActivePower;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.Siting;
import org.derkit.rules.Dimension;
import org.derkit.rules.Input;

/**
 * The inputs rules read from a {@link Facility}, one constant per value, so that every rule names
 * the same value the same way (findings, INSUFFICIENT_DATA, and the boundary generator's join key
 * all use the name). Add an input here before using it in a topic class.
 */
public final class FacilityInputs {

    private FacilityInputs() {
    }

    /** BTM or RLG. */
    public static final Input<Facility, Siting> SITING = Input.of("siting", Facility::siting);

    /**
     * The aggregate AC nameplate at the POI that every size rule uses: generation plus storage
     * inverters, plus what is already interconnected for a capacity increase
     * ({@link Part466Screens#totalNameplate}).
     */
    public static final Input<Facility, ActivePower> AGGREGATE_NAMEPLATE =
            Input.of("aggregate AC nameplate", Dimension.ACTIVE_POWER, Part466Screens::totalNameplate);
}

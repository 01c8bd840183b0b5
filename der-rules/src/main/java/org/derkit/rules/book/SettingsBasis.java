package org.derkit.rules.book;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.derkit.model.facility.Certification;
import org.derkit.model.facility.Inverter;
import org.derkit.model.facility.VoltVarCurve;

/**
 * Which default settings apply to an inverter, chosen by its certification (INV-13): the
 * section 4.1 tables for inverters certified before IEEE 1547-2018, or the IEEE 1547-2018
 * Category B normal and Category III abnormal defaults of section 4.2 (regulations.md section 2)
 * for inverters certified to IEEE 1547-2018.
 */
public enum SettingsBasis {
    /** Section 4.1: seed Tables 5, 6 and 7. */
    SECTION_4_1_BEFORE_IEEE_1547_2018("4.1 settings (before IEEE 1547-2018)", RideThroughTable.SEED_VOLTAGE,
            RideThroughTable.SEED_FREQUENCY, VoltVarDefaults.SEED_TABLE_7),
    /** Section 4.2: IEEE 1547-2018 Category B / Category III defaults. */
    SECTION_4_2_IEEE_1547_2018("IEEE 1547-2018 Category B/III defaults (4.2)",
            RideThroughTable.IEEE_1547_2018_CAT_III_VOLTAGE, RideThroughTable.IEEE_1547_2018_FREQUENCY,
            VoltVarDefaults.IEEE_1547_2018_CATEGORY_B);

    private final String title;
    @SuppressWarnings("ImmutableEnumChecker") // an immutable value type
    private final RideThroughTable voltage;
    @SuppressWarnings("ImmutableEnumChecker") // an immutable value type
    private final RideThroughTable frequency;
    @SuppressWarnings("ImmutableEnumChecker") // an immutable value type
    private final VoltVarCurve voltVar;

    SettingsBasis(String title, RideThroughTable voltage, RideThroughTable frequency, VoltVarCurve voltVar) {
        this.title = title;
        this.voltage = voltage;
        this.frequency = frequency;
        this.voltVar = voltVar;
    }

    /**
     * The basis for an inverter's certifications: IEEE 1547-2018 certified or not.
     *
     * @param certifications the inverter's certifications
     * @return the basis for an inverter's certifications: IEEE 1547-2018 certified or not
     */
    public static SettingsBasis of(Set<Certification> certifications) {
        Objects.requireNonNull(certifications, "certifications");
        return certifications.contains(Certification.IEEE_1547_2018) ? SECTION_4_2_IEEE_1547_2018
                : SECTION_4_1_BEFORE_IEEE_1547_2018;
    }

    /**
     * The basis for an inverter.
     *
     * @param inverter the inverter
     * @return the basis for an inverter
     */
    public static SettingsBasis of(Inverter inverter) {
        return of(inverter.certifications());
    }

    /** {@return text such as {@code 4.1 settings (before IEEE 1547-2018)}} */
    public String title() {
        return title;
    }

    /** {@return the voltage ride-through table} */
    public RideThroughTable voltageRideThrough() {
        return voltage;
    }

    /** {@return the frequency ride-through table} */
    public RideThroughTable frequencyRideThrough() {
        return frequency;
    }

    /** {@return the default volt-var curve} */
    public VoltVarCurve voltVarDefault() {
        return voltVar;
    }

    /**
     * Where this basis's ride-through tables differ from the other basis's, voltage first, such as
     * {@code V = 120 %: HV1 momentary cessation 12 s vs HV2 cease to energize}.
     *
     * @return where this basis's ride-through tables differ from the other basis's, voltage first, such as {@code V =
     *         120 %: HV1 momentary cessation 12 s vs HV2 cease to energize}
     */
    public List<RideThroughTable.Difference> differencesFromOther() {
        SettingsBasis other = this == SECTION_4_1_BEFORE_IEEE_1547_2018 ? SECTION_4_2_IEEE_1547_2018
                : SECTION_4_1_BEFORE_IEEE_1547_2018;
        java.util.ArrayList<RideThroughTable.Difference> all = new java.util.ArrayList<>(
                voltage.differencesFrom(other.voltage));
        all.addAll(frequency.differencesFrom(other.frequency));
        return List.copyOf(all);
    }
}

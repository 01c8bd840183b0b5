package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import org.derkit.model.ActivePower;
import org.derkit.model.facility.Certification;
import org.derkit.model.facility.Inverter;
import org.junit.jupiter.api.Test;

/** INV-13: the certification chooses between the section 4.1 tables and the IEEE 1547-2018 defaults. */
class SettingsBasisTest {

    private static Inverter inverter(Certification... certifications) {
        return Inverter.builder().manufacturer("Acme").model("S7").acRating(ActivePower.ofKilowatts(7))
                .addAllCertifications(Set.of(certifications)).build();
    }

    @Test
    void INV_13_an_IEEE_1547_2018_certification_selects_the_section_4_2_defaults() {
        assertEquals(SettingsBasis.SECTION_4_2_IEEE_1547_2018,
                SettingsBasis.of(Set.of(Certification.UL_1741_SB, Certification.IEEE_1547_2018)));
        assertEquals(SettingsBasis.SECTION_4_2_IEEE_1547_2018,
                SettingsBasis.of(inverter(Certification.IEEE_1547_2018)));
    }

    @Test
    void INV_13_an_inverter_certified_only_before_IEEE_1547_2018_keeps_the_section_4_1_tables() {
        assertEquals(SettingsBasis.SECTION_4_1_BEFORE_IEEE_1547_2018,
                SettingsBasis.of(Set.of(Certification.UL_1741_SA, Certification.IEEE_1547A)));
        assertEquals(SettingsBasis.SECTION_4_1_BEFORE_IEEE_1547_2018, SettingsBasis.of(Set.of()));
        assertEquals(SettingsBasis.SECTION_4_1_BEFORE_IEEE_1547_2018,
                SettingsBasis.of(inverter(Certification.UL_1741_SA)));
    }

    @Test
    void INV_13_section_4_1_is_tables_5_6_and_7() {
        SettingsBasis b = SettingsBasis.SECTION_4_1_BEFORE_IEEE_1547_2018;
        assertEquals("4.1 settings (before IEEE 1547-2018)", b.title());
        assertSame(RideThroughTable.SEED_VOLTAGE, b.voltageRideThrough());
        assertSame(RideThroughTable.SEED_FREQUENCY, b.frequencyRideThrough());
        assertSame(VoltVarDefaults.SEED_TABLE_7, b.voltVarDefault());
    }

    @Test
    void INV_13_section_4_2_is_category_III_ride_through_and_category_B_volt_var() {
        SettingsBasis b = SettingsBasis.SECTION_4_2_IEEE_1547_2018;
        assertSame(RideThroughTable.IEEE_1547_2018_CAT_III_VOLTAGE, b.voltageRideThrough());
        assertSame(RideThroughTable.IEEE_1547_2018_FREQUENCY, b.frequencyRideThrough());
        assertSame(VoltVarDefaults.IEEE_1547_2018_CATEGORY_B, b.voltVarDefault());
    }

    @Test
    void INV_13_each_basis_lists_its_differences_from_the_other_voltage_first() {
        // regulations.md section 2: at exactly 120 % Table 5 trips while Category III rides through;
        // the continuous frequency band is 58.5-60.5 Hz in Table 6 and 58.8-61.2 Hz in IEEE 1547-2018
        List<String> seed = SettingsBasis.SECTION_4_1_BEFORE_IEEE_1547_2018.differencesFromOther().stream()
                .map(RideThroughTable.Difference::toString).toList();
        assertEquals(List.of("V = 120 %: HV2 cease to energize vs HV1 momentary cessation 12 s",
                "58.5 Hz <= f < 58.8 Hz: NN continuous operation vs LF1 mandatory operation 299 s",
                "60.5 Hz < f <= 61.2 Hz: HF1 mandatory operation 299 s vs NN continuous operation",
                "61.8 Hz < f <= 62 Hz: HF1 mandatory operation 299 s vs HF1B no ride-through"), seed);
        List<String> ieee = SettingsBasis.SECTION_4_2_IEEE_1547_2018.differencesFromOther().stream()
                .map(RideThroughTable.Difference::toString).toList();
        assertEquals("V = 120 %: HV1 momentary cessation 12 s vs HV2 cease to energize", ieee.get(0));
        assertEquals(4, ieee.size());
    }
}

package org.derkit.rules.book;

import static org.derkit.model.DerQuantities.kilowatts;

import org.derkit.model.facility.Facility;
import org.derkit.model.facility.Siting;
import org.derkit.rules.Kind;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleSet;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;

/**
 * BTM production metering (btm-production-metering-2024.txt): when an Ameren production meter is
 * required. Topic {@link Topic#BTM_METERING}.
 */
public final class BtmMeteringRules {

    private BtmMeteringRules() {
    }

    /**
     * BTM-01: a BTM production meter with SCADA is required at 200 kW aggregate generation or
     * greater (inclusive), regardless of the POI voltage. POL 4.7.1 (2023) says "larger than
     * 200 kW AC"; the 2024 document governs, and the finding says so.
     */
    public static final Rule<Facility> BTM_01 = Rule.id("BTM-01")
            .cites(Source.BTM_METERING_2024, "BTM Generation Interconnections")
            .quoting("customer aggregate generation is 200 kW or greater")
            .kind(Kind.RULE)
            .topic(Topic.BTM_METERING)
            .appliesTo(Facility.class)
            .when(FacilityInputs.SITING, "is BTM", siting -> siting == Siting.BEHIND_THE_METER)
            .measure(FacilityInputs.AGGREGATE_NAMEPLATE)
            .atLeast(kilowatts(200))
            .requires("Ameren BTM production meter with SCADA")
            .note("POL 4.7.1 (2023) says larger than 200 kW AC: this 2024 document governs, "
                    + "so exactly 200 kW requires the meter")
            .build();

    /** The rules of this topic, in catalogue order. */
    public static RuleSet<Facility> rules() {
        return RuleSet.of("BTM metering", BTM_01);
    }
}

package org.derkit.rules.book;

import java.math.BigDecimal;
import org.derkit.model.ActivePower;
import org.derkit.model.ApplicationId;
import org.derkit.model.NominalVoltage;
import org.derkit.model.application.CircuitData;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.Siting;
import org.derkit.model.facility.SystemType;

/** Small builders of applications for the tests of ApplicationRules, Part466Screens and CostEstimates. */
final class ApplicationFixtures {

    private ApplicationFixtures() {
    }

    static ActivePower kw(String kilowatts) {
        return ActivePower.ofKilowatts(new BigDecimal(kilowatts));
    }

    static NominalVoltage kv(String kilovolts) {
        return NominalVoltage.ofLineToLineKilovolts(new BigDecimal(kilovolts));
    }

    /** A facility builder with siting, nameplate, export, POI voltage and system set. */
    static Facility.Builder facility(Siting siting, String nameplateKw, String exportKw, NominalVoltage poi,
            SystemType system) {
        return Facility.builder().siting(siting).declaredNameplate(kw(nameplateKw)).exportCapacity(kw(exportKw))
                .pointOfInterconnectionVoltage(poi).systemType(system);
    }

    /** A radial BTM facility at 7200/12470Y. */
    static Facility.Builder btm(String nameplateKw, String exportKw) {
        return facility(Siting.BEHIND_THE_METER, nameplateKw, exportKw, NominalVoltage.Y7200_12470, SystemType.RADIAL);
    }

    static InterconnectionApplication app(Facility facility) {
        return InterconnectionApplication.builder().id(ApplicationId.of("A-1")).facility(facility).build();
    }

    static InterconnectionApplication app(Facility facility, CircuitData circuit) {
        return InterconnectionApplication.builder().id(ApplicationId.of("A-1")).facility(facility).circuit(circuit)
                .build();
    }
}

package org.derkit.rules.book;

import java.math.BigDecimal;
import org.derkit.model.ActivePower;
import org.derkit.model.ApplicationId;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.MeteringType;
import org.derkit.model.facility.Phases;
import org.derkit.model.facility.Siting;
import org.derkit.model.installation.MeteringInstallation;

/** Small application builders for the BTM rule tests. */
final class BtmFixtures {

    private BtmFixtures() {
    }

    static InterconnectionApplication application(Facility facility) {
        return InterconnectionApplication.builder().id(ApplicationId.of("BTM-TEST")).facility(facility).build();
    }

    static InterconnectionApplication withNameplate(String kilowatts) {
        return application(Facility.builder().siting(Siting.BEHIND_THE_METER).declaredNameplate(ActivePower.ofKilowatts(new BigDecimal(kilowatts)))
                .build());
    }

    /** A facility that needs the BTM production meter (BTM, 250 kW, three-phase, instrument-rated). */
    static Facility needingProductionMeter() {
        return Facility.builder().siting(Siting.BEHIND_THE_METER).phases(Phases.THREE)
                .meteringType(MeteringType.INSTRUMENT_RATED).declaredNameplate(ActivePower.ofKilowatts(250)).build();
    }

    static InterconnectionApplication withInstallation(MeteringInstallation installation) {
        return InterconnectionApplication.builder().id(ApplicationId.of("BTM-TEST")).facility(needingProductionMeter())
                .meteringInstallation(installation).build();
    }
}

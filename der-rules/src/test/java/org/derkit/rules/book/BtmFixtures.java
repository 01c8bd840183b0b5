package org.derkit.rules.book;

import java.math.BigDecimal;
import org.derkit.model.ActivePower;
import org.derkit.model.ApplicationId;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.facility.Facility;
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

    static InterconnectionApplication withInstallation(MeteringInstallation installation) {
        return InterconnectionApplication.builder().id(ApplicationId.of("BTM-TEST"))
                .meteringInstallation(installation).build();
    }
}

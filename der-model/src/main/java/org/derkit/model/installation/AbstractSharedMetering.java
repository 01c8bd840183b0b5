package org.derkit.model.installation;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * CTs and PTs shared between the Ameren production meter and a customer production meter
 * (BTM-20).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractSharedMetering {

    /** {@return whether Ameren Meter Engineering approved the sharing} */
    public abstract Optional<Boolean> meterEngineeringApproval();

    /** {@return whether the customer meter is in a separate enclosure} */
    public abstract Optional<Boolean> customerMeterInSeparateEnclosure();

    /** {@return whether the Ameren meter is connected last in the series} */
    public abstract Optional<Boolean> amerenMeterLastInSeries();

    /** {@return whether the series connection is drawn on the one-line} */
    public abstract Optional<Boolean> drawnOnOneLine();

    /** {@return whether CT returns at the customer production meter are kept isolated} */
    public abstract Optional<Boolean> ctReturnsIsolated();
}

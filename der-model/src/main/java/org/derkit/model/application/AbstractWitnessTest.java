package org.derkit.model.application;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The witness test before permission to operate (POL-42, POL-43).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractWitnessTest {

    /** {@return when the request for the witness test was complete} */
    public abstract Optional<LocalDate> requestedOn();

    /** {@return when it took place} */
    public abstract Optional<LocalDate> performedOn();

    /** {@return whether it passed} */
    public abstract Optional<Boolean> passed();

    /** {@return whether the facility has a power quality meter (engineering review before PTO)} */
    public abstract Optional<Boolean> powerQualityMeter();

    /**
     * Refuses a {@code performedOn} date before {@code requestedOn}. The builder calls it; callers
     * never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        if (requestedOn().isPresent() && performedOn().isPresent()
                && performedOn().get().isBefore(requestedOn().get())) {
            throw new org.derkit.model.InvalidValueException("performedOn",
                    "on or after requestedOn " + requestedOn().get(), performedOn().get());
        }
    }
}

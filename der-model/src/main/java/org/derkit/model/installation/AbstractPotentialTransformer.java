package org.derkit.model.installation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.derkit.model.TransformerRatio;
import org.derkit.model.Voltage;
import org.derkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * A potential (voltage) transformer of the production metering: ratio, secondary voltage, burden
 * ratings, accuracy class and overcurrent protection (BTM-09 to BTM-13, BTM-23).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractPotentialTransformer {

    /** {@return the ratio, such as 7,200:120} */
    public abstract TransformerRatio ratio();

    /** {@return rated secondary voltage (120 V for Ameren)} */
    public abstract Optional<Voltage> secondaryVoltage();

    /** {@return the burden ratings it carries (W, X, M, Y...)} */
    public abstract Set<PotentialTransformerBurden> burdenRatings();

    /** {@return metering accuracy class in percent, such as 0.3} */
    public abstract Optional<BigDecimal> accuracyClass();

    /** {@return whether its primary side has overcurrent protection} */
    public abstract Optional<Boolean> primaryOvercurrentProtection();

    /** {@return whether its secondary side has overcurrent protection} */
    public abstract Optional<Boolean> secondaryOvercurrentProtection();

    /**
     * Refuses a zero or negative {@code secondaryVoltage} or {@code accuracyClass}. The builder
     * calls it; callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        Checks.positive("secondaryVoltage", secondaryVoltage());
        accuracyClass().ifPresent(a -> Checks.positive("accuracyClass", a));
    }
}

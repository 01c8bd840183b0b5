package org.derkit.model.installation;

import java.math.BigDecimal;
import java.util.Optional;
import org.derkit.model.Current;
import org.derkit.model.TransformerRatio;
import org.derkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * A current transformer of the production metering: ratio, secondary output, burden rating,
 * rating factor, accuracy class, construction and polarity orientation (BTM-08, BTM-14 to BTM-18).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractCurrentTransformer {

    /** {@return the ratio, such as 600:5} */
    public abstract TransformerRatio ratio();

    /** {@return whether the secondary delivers a current or a voltage} */
    public abstract Optional<SecondaryOutput> secondaryOutput();

    /** {@return rated secondary current (5 A for Ameren)} */
    public abstract Optional<Current> secondaryCurrent();

    /** {@return burden rating in ohms (B-0.1 to B-1.8 is 0.1 to 1.8)} */
    public abstract Optional<BigDecimal> burden();

    /** {@return continuous thermal rating factor (RF), such as 2.0} */
    public abstract Optional<BigDecimal> ratingFactor();

    /** {@return metering accuracy class in percent, such as 0.15 or 0.3} */
    public abstract Optional<BigDecimal> accuracyClass();

    /** {@return whether it is a high-accuracy extended-range CT} */
    public abstract Optional<Boolean> extendedRange();

    /** {@return bar, window, rope or wound} */
    public abstract Optional<CurrentTransformerType> type();

    /** {@return how its polarity is marked} */
    public abstract Optional<PolarityMark> polarityMark();

    /** {@return which way its polarity mark faces} */
    public abstract Optional<PolarityFacing> polarityFacing();

    /**
     * Refuses a zero or negative {@code secondaryCurrent}, {@code burden}, {@code ratingFactor} or
     * {@code accuracyClass}. The builder calls it; callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        Checks.positive("secondaryCurrent", secondaryCurrent());
        burden().ifPresent(b -> Checks.positive("burden", b));
        ratingFactor().ifPresent(rf -> Checks.positive("ratingFactor", rf));
        accuracyClass().ifPresent(a -> Checks.positive("accuracyClass", a));
    }
}

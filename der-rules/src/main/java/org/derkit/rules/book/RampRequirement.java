package org.derkit.rules.book;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.InvalidValueException;
import org.derkit.model.Percentage;

/**
 * The limits a reconnection ramp must respect: the fastest linear ramp, and for a step ramp the
 * fastest average rise, the largest single step, whether the steps must come at equal intervals
 * and the shortest time to full output. Rates and steps are percent of nameplate (or of maximum
 * output current, for the smart inverter specification) per second.
 *
 * <p>Every limit is inclusive: the documents say "no greater than", "less than or equal to", "no
 * more than" and "no less than".
 *
 * <p>Two requirements are predefined: {@link #POLICY_5_2} (DER Interconnection Policy 2023, 5.2,
 * POL-31) and {@link #SMART_INVERTER_4_3} (Smart Inverter Specification 2023, 4.3, INV-15).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param maxLinearRate the fastest linear ramp, percent per second, inclusive
 * @param maxAverageStepRate the fastest average rise of a step ramp (final level over time to
 *        reach it), percent per second, inclusive; empty if the document sets none
 * @param maxStep the largest single step, percent, inclusive; empty if the document sets none
 * @param equalIntervals whether the steps must come at equal intervals
 * @param minStepRampDuration the shortest time a step ramp may take to reach its last level,
 *        inclusive
 */
public record RampRequirement(Percentage maxLinearRate, Optional<Percentage> maxAverageStepRate,
        Optional<Percentage> maxStep, boolean equalIntervals, Duration minStepRampDuration) {

    /**
     * DER Interconnection Policy 2023, 5.2 (POL-31): linear at no more than 2% of nameplate per
     * second; a step ramp rises on average at most 2% per second, each step at most 20% of
     * nameplate, at equal intervals, taking no less than 50 seconds.
     */
    public static final RampRequirement POLICY_5_2 = new RampRequirement(Percentage.ofPercent(2),
            Optional.of(Percentage.ofPercent(2)), Optional.of(Percentage.ofPercent(20)), true,
            Duration.ofSeconds(50));

    /**
     * Smart Inverter Specification 2023, 4.3 (INV-15): a linear ramp no faster than 2% of maximum
     * output current per second; a step ramp takes at least 50 seconds to reach maximum output.
     */
    public static final RampRequirement SMART_INVERTER_4_3 = new RampRequirement(Percentage.ofPercent(2),
            Optional.empty(), Optional.empty(), false, Duration.ofSeconds(50));

    /**
     * Checks the limits are meaningful.
     *
     * @param maxLinearRate the fastest linear ramp, percent per second, inclusive
     * @param maxAverageStepRate the fastest average rise of a step ramp (final level over time to reach it), percent
     *         per second, inclusive; empty if the document sets none
     * @param maxStep the largest single step, percent, inclusive; empty if the document sets none
     * @param equalIntervals whether the steps must come at equal intervals
     * @param minStepRampDuration the shortest time a step ramp may take to reach its last level, inclusive
     * @throws InvalidValueException if a rate or step is not above 0%, a step is above 100%, or
     * the duration is negative
     */
    public RampRequirement {
        Objects.requireNonNull(maxLinearRate, "maxLinearRate");
        Objects.requireNonNull(maxAverageStepRate, "maxAverageStepRate");
        Objects.requireNonNull(maxStep, "maxStep");
        Objects.requireNonNull(minStepRampDuration, "minStepRampDuration");
        positive("maxLinearRate", maxLinearRate);
        maxAverageStepRate.ifPresent(r -> positive("maxAverageStepRate", r));
        maxStep.ifPresent(s -> {
            positive("maxStep", s);
            if (s.value().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidValueException("maxStep", "> 0 % to 100 %", s);
            }
        });
        if (minStepRampDuration.isNegative()) {
            throw new InvalidValueException("minStepRampDuration", ">= 0 s", minStepRampDuration);
        }
    }

    private static void positive(String field, Percentage p) {
        if (p.value().signum() <= 0) {
            throw new InvalidValueException(field, "> 0 %", p);
        }
    }
}

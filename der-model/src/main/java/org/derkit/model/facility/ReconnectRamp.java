package org.derkit.model.facility;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.derkit.model.InvalidValueException;
import org.derkit.model.Percentage;
import org.derkit.model.internal.Checks;

/**
 * How output rises when a DER connects or reconnects: a linear ramp at a rate, or a step function
 * (POL-31, INV-15). Percentages are of nameplate (or of maximum output current).
 */
public sealed interface ReconnectRamp {

    /** {@return the time to reach full output} */
    Duration timeToFullOutput();

    /**
     * A linear ramp.
     *
     * @param ratePerSecond the increase per second, percent of nameplate, greater than 0
     */
    record Linear(Percentage ratePerSecond) implements ReconnectRamp {
        /**
         * Checks the rate is positive and at most 100% per second.
         *
         * @param ratePerSecond the increase per second, percent of nameplate, greater than 0 and at most 100
         * @throws InvalidValueException outside that range
         */
        public Linear {
            Objects.requireNonNull(ratePerSecond, "ratePerSecond");
            if (ratePerSecond.value().signum() <= 0 || ratePerSecond.value().intValue() > 100) {
                throw new InvalidValueException("ratePerSecond", "> 0 % to 100 %", ratePerSecond);
            }
        }

        @Override
        public Duration timeToFullOutput() {
            long millis = java.math.BigDecimal.valueOf(100_000)
                    .divide(ratePerSecond.value(), 0, java.math.RoundingMode.CEILING).longValueExact();
            return Duration.ofMillis(millis);
        }
    }

    /**
     * A step ramp: output levels reached at times after the start.
     *
     * @param steps the steps, times and levels strictly increasing, the last at most 100%
     */
    record Step(List<RampStep> steps) implements ReconnectRamp {
        /**
         * Checks the steps rise in time and level.
         *
         * @param steps the steps, times and levels strictly increasing, at least one
         * @throws InvalidValueException if there is no step or a step does not rise in time and level
         */
        public Step {
            steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
            if (steps.isEmpty()) {
                throw new InvalidValueException("steps", "at least 1 step", "0 steps");
            }
            for (int i = 1; i < steps.size(); i++) {
                RampStep a = steps.get(i - 1);
                RampStep b = steps.get(i);
                if (b.at().compareTo(a.at()) <= 0) {
                    throw new InvalidValueException("steps[" + i + "].at", "> " + a.at(), b.at());
                }
                if (b.level().compareTo(a.level()) <= 0) {
                    throw new InvalidValueException("steps[" + i + "].level", "> " + a.level(),
                            b.level());
                }
            }
        }

        @Override
        public Duration timeToFullOutput() {
            return steps.get(steps.size() - 1).at();
        }
    }

    /**
     * One step of a step ramp.
     *
     * @param at time after the start of the ramp
     * @param level output after the step, percent of nameplate, 0 to 100
     */
    record RampStep(Duration at, Percentage level) {
        /**
         * Checks the values.
         *
         * @param at time after the start of the ramp, not negative
         * @param level output after the step, percent of nameplate, 0 to 100 inclusive
         * @throws InvalidValueException outside those ranges
         */
        public RampStep {
            Checks.nonNegative("at", at);
            Objects.requireNonNull(level, "level");
            Checks.between("level", level.value(), java.math.BigDecimal.ZERO,
                    java.math.BigDecimal.valueOf(100), "%");
        }
    }
}

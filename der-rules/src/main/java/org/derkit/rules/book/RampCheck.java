package org.derkit.rules.book;

import java.util.List;
import java.util.Objects;
import org.derkit.model.facility.ReconnectRamp;

/**
 * The result of checking one reconnection ramp against a {@link RampRequirement}: every part
 * checked, each with its measured value, its limit and whether it holds.
 *
 * <p>{@link #toString()} is the phrase rules put in their explanations, such as
 * {@code step ramp of 5 steps: average rise 2%/s <= 2%/s, largest step 20% <= 20%, equal intervals of 10 s, time to last step 50 s >= 50 s}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * <p>Only the verdict is computed when the check is made; the parts and their phrases are built
 * when asked for, so that evaluating rules stays cheap.
 *
 * @param ramp the ramp checked
 * @param requirement the requirement it was checked against
 * @param compliant whether every part holds
 */
public record RampCheck(ReconnectRamp ramp, RampRequirement requirement, boolean compliant) {

    /** One checked part of a ramp. */
    public enum Aspect {
        /** The rate of a linear ramp. */
        LINEAR_RATE,
        /** The average rise of a step ramp: its last level over the time to reach it. */
        AVERAGE_STEP_RATE,
        /** The largest single step. */
        STEP_SIZE,
        /** Whether the steps come at equal intervals. */
        EQUAL_INTERVALS,
        /** The time a step ramp takes to reach its last level. */
        DURATION
    }

    /**
     * One checked part.
     *
     * @param aspect what was checked
     * @param holds whether the limit holds
     * @param phrase the measured value against the limit, such as {@code largest step 25% > 20%}
     */
    public record Part(Aspect aspect, boolean holds, String phrase) {
        /**
         * Checks the arguments are not null.
         *
         * @param aspect what was checked
         * @param holds whether the limit holds
         * @param phrase the measured value against the limit, such as {@code largest step 25% > 20%}
         */
        public Part {
            Objects.requireNonNull(aspect, "aspect");
            Objects.requireNonNull(phrase, "phrase");
        }

        @Override
        public String toString() {
            return phrase;
        }
    }

    /**
     * Checks the arguments are not null.
     *
     * @param ramp the ramp checked
     * @param requirement the requirement it was checked against
     * @param compliant whether every part holds
     */
    public RampCheck {
        Objects.requireNonNull(ramp, "ramp");
        Objects.requireNonNull(requirement, "requirement");
    }

    /** {@return whether every part holds} */
    public boolean isCompliant() {
        return compliant;
    }

    /**
     * Every part checked, in order: the linear rate, or the average rise, largest step, interval
     * and total time of a step ramp (those the requirement sets). Built on each call.
     *
     * @return every part checked, in order: the linear rate, or the average rise, largest step, interval and total
     *         time of a step ramp (those the requirement sets)
     */
    public List<Part> parts() {
        return RampChecks.parts(ramp, requirement);
    }

    /** {@return the parts that do not hold, in order} */
    public List<Part> violations() {
        return parts().stream().filter(p -> !p.holds()).toList();
    }

    /** Such as {@code linear ramp 2.5%/s > 2%/s}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (ramp instanceof ReconnectRamp.Step) {
            int n = ((ReconnectRamp.Step) ramp).steps().size();
            s.append("step ramp of ").append(n).append(n == 1 ? " step: " : " steps: ");
        } else {
            s.append("linear ramp ");
        }
        List<Part> parts = parts();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                s.append(", ");
            }
            s.append(parts.get(i).phrase());
        }
        return s.toString();
    }
}

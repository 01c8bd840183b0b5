package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.derkit.model.Percentage;
import org.derkit.model.facility.ReconnectRamp;
import org.derkit.rules.book.RampCheck.Aspect;
import org.derkit.rules.book.RampCheck.Part;

/**
 * Checks a reconnection ramp (linear or step) against a {@link RampRequirement}: the computation
 * behind POL-31 (DER Interconnection Policy 2023, 5.2) and INV-15 (Smart Inverter Specification
 * 2023, 4.3).
 *
 * <p>Semantics. A linear ramp passes when its rate is at most the requirement's linear rate. A
 * step ramp starts at 0% at time 0; each {@link ReconnectRamp.RampStep} raises output to its
 * level at its time. Its steps are the rises between consecutive levels (the first from 0%); its
 * average rise is the last level divided by the time of the last step; its intervals are the
 * times between consecutive steps, counting the start of the ramp as a step when the first step
 * comes after time 0 (so 20% at 10, 20, 30, 40 and 50 s has five equal intervals of 10 s, and
 * 20% at 0, 12.5, 25, 37.5 and 50 s four of 12.5 s). The time of the ramp is the time of its last
 * step. Every comparison is exact (decimal cross-multiplication, no rounding); only the rates
 * shown in phrases are rounded to three decimals.
 *
 * <p>Unless otherwise noted, passing a null argument to a method of this class will cause a
 * {@link NullPointerException} to be thrown.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class RampChecks {

    private RampChecks() {
    }

    /**
     * Checks one ramp.
     *
     * @param ramp the ramp, not null
     * @param requirement the limits, such as {@link RampRequirement#POLICY_5_2}, not null
     * @return every part checked, never null
     */
    public static RampCheck check(ReconnectRamp ramp, RampRequirement requirement) {
        Objects.requireNonNull(ramp, "ramp");
        Objects.requireNonNull(requirement, "requirement");
        return new RampCheck(ramp, requirement, isCompliant(ramp, requirement));
    }

    /**
     * Whether a ramp meets the requirement, without building any text: the same verdict as
     * {@code check(ramp, requirement).parts()} all holding.
     *
     * @param ramp the ramp
     * @param requirement the limits
     * @return true when every part holds
     */
    public static boolean isCompliant(ReconnectRamp ramp, RampRequirement requirement) {
        Objects.requireNonNull(ramp, "ramp");
        Objects.requireNonNull(requirement, "requirement");
        if (ramp instanceof ReconnectRamp.Linear) {
            return ((ReconnectRamp.Linear) ramp).ratePerSecond().value().compareTo(requirement.maxLinearRate().value()) <= 0;
        }
        List<ReconnectRamp.RampStep> steps = ((ReconnectRamp.Step) ramp).steps();
        ReconnectRamp.RampStep last = steps.get(steps.size() - 1);
        if (last.at().compareTo(requirement.minStepRampDuration()) < 0) {
            return false;
        }
        if (requirement.maxAverageStepRate().isPresent()) {
            BigDecimal total = seconds(last.at());
            if (total.signum() == 0 || last.level().value().compareTo(
                    requirement.maxAverageStepRate().get().value().multiply(total)) > 0) {
                return false;
            }
        }
        if (requirement.maxStep().isPresent()) {
            BigDecimal max = requirement.maxStep().get().value();
            BigDecimal previous = BigDecimal.ZERO;
            for (ReconnectRamp.RampStep s : steps) {
                if (s.level().value().subtract(previous).compareTo(max) > 0) {
                    return false;
                }
                previous = s.level().value();
            }
        }
        if (requirement.equalIntervals()) {
            Duration previous = steps.get(0).at().isZero() ? null : Duration.ZERO;
            Duration first = null;
            for (ReconnectRamp.RampStep s : steps) {
                if (previous != null) {
                    Duration d = s.at().minus(previous);
                    if (first == null) {
                        first = d;
                    } else if (!d.equals(first)) {
                        return false;
                    }
                }
                previous = s.at();
            }
        }
        return true;
    }

    /** Every part of a ramp's check with its phrase (the slow path behind {@link RampCheck#parts()}). */
    static List<Part> parts(ReconnectRamp ramp, RampRequirement requirement) {
        if (ramp instanceof ReconnectRamp.Linear) {
            return linear((ReconnectRamp.Linear) ramp, requirement);
        }
        return step((ReconnectRamp.Step) ramp, requirement);
    }

    /**
     * Checks every ramp of a facility's inverters and returns the first that is not compliant, or
     * else the first ramp's check.
     *
     * @param ramps the ramps, at least one
     * @param requirement the limits
     * @return the check that decides: a violation if there is one
     * @throws IllegalArgumentException if {@code ramps} is empty
     */
    public static RampCheck checkAll(List<? extends ReconnectRamp> ramps, RampRequirement requirement) {
        Objects.requireNonNull(ramps, "ramps");
        if (ramps.isEmpty()) {
            throw new InvalidValueException("ramps", "at least 1 ramp", "0 ramps");
        }
        RampCheck first = null;
        for (ReconnectRamp r : ramps) {
            RampCheck c = check(r, requirement);
            if (!c.isCompliant()) {
                return c;
            }
            if (first == null) {
                first = c;
            }
        }
        return first;
    }

    private static List<Part> linear(ReconnectRamp.Linear ramp, RampRequirement req) {
        Percentage rate = ramp.ratePerSecond();
        boolean holds = rate.value().compareTo(req.maxLinearRate().value()) <= 0;
        return List.of(new Part(Aspect.LINEAR_RATE, holds,
                rate + "/s " + (holds ? "<=" : ">") + " " + req.maxLinearRate() + "/s"));
    }

    private static List<Part> step(ReconnectRamp.Step ramp, RampRequirement req) {
        List<ReconnectRamp.RampStep> steps = ramp.steps();
        ReconnectRamp.RampStep last = steps.get(steps.size() - 1);
        BigDecimal total = seconds(last.at());
        BigDecimal finalLevel = last.level().value();
        List<Part> parts = new ArrayList<>(4);

        req.maxAverageStepRate().ifPresent(max -> {
            // level / total <= max  <=>  level <= max * total (total >= 0)
            boolean holds = total.signum() > 0 && finalLevel.compareTo(max.value().multiply(total)) <= 0;
            String measured = total.signum() == 0 ? "all at once"
                    : plain(finalLevel.divide(total, 3, RoundingMode.HALF_UP)) + "%/s";
            parts.add(new Part(Aspect.AVERAGE_STEP_RATE, holds,
                    "average rise " + measured + " " + (holds ? "<=" : ">") + " " + max + "/s"));
        });

        req.maxStep().ifPresent(max -> {
            BigDecimal largest = BigDecimal.ZERO;
            BigDecimal previous = BigDecimal.ZERO;
            for (ReconnectRamp.RampStep s : steps) {
                BigDecimal rise = s.level().value().subtract(previous);
                if (rise.compareTo(largest) > 0) {
                    largest = rise;
                }
                previous = s.level().value();
            }
            boolean holds = largest.compareTo(max.value()) <= 0;
            parts.add(new Part(Aspect.STEP_SIZE, holds,
                    "largest step " + plain(largest) + "% " + (holds ? "<=" : ">") + " " + max));
        });

        if (req.equalIntervals()) {
            List<Duration> intervals = intervals(steps);
            boolean holds = true;
            for (Duration d : intervals) {
                if (!d.equals(intervals.get(0))) {
                    holds = false;
                    break;
                }
            }
            String phrase;
            if (intervals.isEmpty()) {
                phrase = "a single step at 0 s";
            } else if (holds) {
                phrase = "equal intervals of " + plain(seconds(intervals.get(0))) + " s";
            } else {
                StringBuilder s = new StringBuilder("unequal intervals of ");
                for (int i = 0; i < intervals.size(); i++) {
                    s.append(i == 0 ? "" : ", ").append(plain(seconds(intervals.get(i))));
                }
                phrase = s.append(" s").toString();
            }
            parts.add(new Part(Aspect.EQUAL_INTERVALS, holds, phrase));
        }

        boolean longEnough = last.at().compareTo(req.minStepRampDuration()) >= 0;
        parts.add(new Part(Aspect.DURATION, longEnough, "time to last step " + plain(total) + " s "
                + (longEnough ? ">=" : "<") + " " + plain(seconds(req.minStepRampDuration())) + " s"));
        return List.copyOf(parts);
    }

    private static List<Duration> intervals(List<ReconnectRamp.RampStep> steps) {
        List<Duration> list = new ArrayList<>(steps.size());
        Duration previous = steps.get(0).at().isZero() ? null : Duration.ZERO;
        for (ReconnectRamp.RampStep s : steps) {
            if (previous != null) {
                list.add(s.at().minus(previous));
            }
            previous = s.at();
        }
        return list;
    }

    /** The exact number of seconds of a duration. */
    static BigDecimal seconds(Duration d) {
        return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
    }

    private static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}

package org.derkit.model.facility;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.derkit.model.InvalidValueException;
import org.derkit.model.Percentage;
import org.derkit.model.internal.Checks;

/**
 * A volt-var curve Q(V): points with strictly increasing voltage, piecewise linear between them
 * and flat outside them, plus the open-loop response time (INV-12, INV-13).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param points the curve's points, voltage strictly increasing, at least two
 * @param openLoopResponseTime time to reach 90% of the new reactive power
 */
public record VoltVarCurve(List<VoltVarPoint> points, Duration openLoopResponseTime) {

    /**
     * Checks the points are ordered and the response time is not negative.
     *
     * @param points the curve's points, voltage strictly increasing, at least two
     * @param openLoopResponseTime time to reach 90% of the new reactive power, not negative
     * @throws InvalidValueException if there are fewer than two points, voltages do not increase or
     *     the response time is negative
     */
    public VoltVarCurve {
        points = List.copyOf(Objects.requireNonNull(points, "points"));
        Checks.nonNegative("openLoopResponseTime", openLoopResponseTime);
        if (points.size() < 2) {
            throw new InvalidValueException("points", "at least 2 points", points.size() + " points");
        }
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).voltage().compareTo(points.get(i - 1).voltage()) <= 0) {
                throw new InvalidValueException("points[" + i + "].voltage",
                        "> " + points.get(i - 1).voltage() + " (strictly increasing)",
                        points.get(i).voltage());
            }
        }
    }

    /**
     * The reactive power of this curve at a voltage, exact: linear between points, flat outside.
     *
     * @param voltage the voltage in percent of nominal
     * @return the reactive power in percent of rating, positive = inject
     */
    public Percentage reactivePowerAt(Percentage voltage) {
        BigDecimal v = voltage.value();
        VoltVarPoint first = points.get(0);
        VoltVarPoint last = points.get(points.size() - 1);
        if (v.compareTo(first.voltage().value()) <= 0) {
            return first.reactivePower();
        }
        if (v.compareTo(last.voltage().value()) >= 0) {
            return last.reactivePower();
        }
        for (int i = 1; i < points.size(); i++) {
            VoltVarPoint a = points.get(i - 1);
            VoltVarPoint b = points.get(i);
            if (v.compareTo(b.voltage().value()) <= 0) {
                BigDecimal dv = b.voltage().value().subtract(a.voltage().value());
                BigDecimal dq = b.reactivePower().value().subtract(a.reactivePower().value());
                BigDecimal q = a.reactivePower().value().add(
                        dq.multiply(v.subtract(a.voltage().value())).divide(dv, MathContext.DECIMAL64));
                return Percentage.ofPercent(q.stripTrailingZeros());
            }
        }
        return last.reactivePower();
    }
}

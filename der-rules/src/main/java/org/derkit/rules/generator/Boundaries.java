package org.derkit.rules.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.derkit.model.InvalidValueException;
import org.derkit.rules.Limit;
import org.derkit.rules.Rule;

/**
 * Input values just below, at and just above each limit of a rule.
 *
 * <p><b>The step.</b> A value "just below" a limit is the limit minus one step, where the step is
 * one unit in the last decimal place of either the limit as written or the dimension's
 * {@linkplain org.derkit.rules.Dimension#resolutionScale() resolution}, whichever is finer:
 * {@code step = 10^-max(scale(limit), resolutionScale)}. So 200 kW (resolution 1 W) gives
 * 199.999 / 200 / 200.001 kW, a rating factor written 2.0 (plain number) gives 1.9 / 2.0 / 2.1,
 * $600.00 gives $599.99 / $600.00 / $600.01, and a count of 3 gives 2 / 3 / 4. Values the value
 * type refuses (a power factor above 1, a negative count where the type forbids it) are left out.
 */
public final class Boundaries {

    private Boundaries() {
    }

    /**
     * The step for a limit (see the class description).
     *
     * @param limit the limit, in the input's unit
     * @return the step for a limit (see the class description)
     */
    public static BigDecimal step(Limit<?> limit) {
        Objects.requireNonNull(limit, "limit");
        int scale = Math.max(Math.max(limit.exactValue().scale(), 0), limit.dimension().resolutionScale());
        return BigDecimal.ONE.movePointLeft(scale);
    }

    /**
     * The values below, at and above one limit of a rule.
     *
     * @param <V> the type of the value
     * @param ruleId the catalogue id of the rule
     * @param limit the limit, in the input's unit
     * @return the values below, at and above one limit of a rule
     */
    public static <V> List<BoundaryCase<V>> cases(String ruleId, Limit<V> limit) {
        Objects.requireNonNull(ruleId, "ruleId");
        BigDecimal exact = limit.exactValue();
        BigDecimal step = step(limit);
        List<BoundaryCase<V>> cases = new ArrayList<>(3);
        add(cases, ruleId, limit, Position.BELOW, exact.subtract(step));
        cases.add(new BoundaryCase<>(ruleId, limit, Position.AT, limit.value(), limit.isSatisfiedBy(limit.value())));
        add(cases, ruleId, limit, Position.ABOVE, exact.add(step));
        return List.copyOf(cases);
    }

    private static <V> void add(List<BoundaryCase<V>> cases, String ruleId, Limit<V> limit, Position position,
            BigDecimal exact) {
        V value;
        try {
            value = limit.dimension().fromExact(exact);
        } catch (InvalidValueException | ArithmeticException refused) {
            return; // the value type has no such value: nothing to test on this side
        }
        cases.add(new BoundaryCase<>(ruleId, limit, position, value, limit.isSatisfiedBy(value)));
    }

    /**
     * The values below, at and above every limit of a rule, in limit order.
     *
     * @param rule the rule
     * @return the values below, at and above every limit of a rule, in limit order
     */
    public static List<BoundaryCase<?>> cases(Rule<?> rule) {
        Objects.requireNonNull(rule, "rule");
        List<BoundaryCase<?>> all = new ArrayList<>();
        for (Limit<?> limit : rule.limits()) {
            all.addAll(cases(rule.id(), limit));
        }
        return List.copyOf(all);
    }

    /**
     * The values below, at and above every limit of every rule, in rule order.
     *
     * @param rules the rules
     * @return the values below, at and above every limit of every rule, in rule order
     */
    public static List<BoundaryCase<?>> cases(Collection<? extends Rule<?>> rules) {
        List<BoundaryCase<?>> all = new ArrayList<>();
        for (Rule<?> rule : rules) {
            all.addAll(cases(rule));
        }
        return List.copyOf(all);
    }

    /**
     * The boundary values of a set of rules by input name, ready to sample from.
     *
     * @param rules the rules
     * @return the boundary values of a set of rules by input name, ready to sample from
     */
    public static BoundaryTable table(Collection<? extends Rule<?>> rules) {
        return new BoundaryTable(cases(rules));
    }
}

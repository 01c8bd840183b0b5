package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An indicative estimate of system modifications and interconnection facilities (POL-40): parts
 * that add up, each part one {@link CostLine} or a choice between alternatives (6.11.2: a breaker
 * station or a new terminal position), whose range covers every alternative. The total is exact
 * and its upper bound is open as soon as one part's is.
 *
 * <pre>{@code
 * CostEstimate e = CostEstimate.empty()
 *         .plus(CostLine.of(CostItem.VOLTAGE_REGULATOR_BANK, 2))     // 30000.00..50000.00
 *         .plus(CostLine.one(CostItem.DTT_COMMUNICATIONS_ABOVE_15_KV)); // 25000.00..
 * e.total().toString();                                            // "55000.00.."
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param parts the parts, each a list of one or more alternatives
 */
public record CostEstimate(List<List<CostLine>> parts) {

    /**
     * Copies the parts and checks that none is empty.
     *
     * @param parts the parts, each a list of one or more alternatives
     */
    public CostEstimate {
        Objects.requireNonNull(parts, "parts");
        List<List<CostLine>> copy = new ArrayList<>();
        for (List<CostLine> part : parts) {
            if (part.isEmpty()) {
                throw new InvalidValueException("cost estimate part", "one or more alternatives", "none");
            }
            copy.add(List.copyOf(part));
        }
        parts = List.copyOf(copy);
    }

    /** {@return an estimate without items: {@code 0.00..0.00}} */
    public static CostEstimate empty() {
        return new CostEstimate(List.of());
    }

    /**
     * An estimate of some lines, all needed.
     *
     * @param lines the lines of the estimate, each an item with its quantity
     * @return an estimate of some lines, all needed
     */
    public static CostEstimate of(List<CostLine> lines) {
        List<List<CostLine>> parts = new ArrayList<>();
        for (CostLine line : lines) {
            parts.add(List.of(line));
        }
        return new CostEstimate(parts);
    }

    /**
     * This estimate with one more line. This instance is immutable and unaffected by this method call.
     *
     * @param line the line to add
     * @return this estimate with one more line
     */
    public CostEstimate plus(CostLine line) {
        Objects.requireNonNull(line, "line");
        List<List<CostLine>> p = new ArrayList<>(parts);
        p.add(List.of(line));
        return new CostEstimate(p);
    }

    /**
     * This estimate with a part that is one of several alternatives. This instance is immutable and
     * unaffected by this method call.
     *
     * @param alternatives the items of which any one may be needed
     * @return this estimate with a part that is one of several alternatives
     */
    public CostEstimate plusEither(List<CostLine> alternatives) {
        List<List<CostLine>> p = new ArrayList<>(parts);
        p.add(List.copyOf(alternatives));
        return new CostEstimate(p);
    }

    /** {@return whether the estimate has no part} */
    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** {@return the range of the whole estimate: the parts' ranges added, each covering its alternatives} */
    public CostRange total() {
        CostRange sum = CostRange.ZERO;
        for (List<CostLine> part : parts) {
            CostRange r = part.get(0).range();
            for (int i = 1; i < part.size(); i++) {
                r = r.either(part.get(i).range());
            }
            sum = sum.plus(r);
        }
        return sum;
    }

    /** {@return the parts in words, such as {@code 1 x BTM SCADA metering package (6.11.4) 7000.00..20000.00}} */
    public String describe() {
        if (parts.isEmpty()) {
            return "no listed modification";
        }
        StringBuilder b = new StringBuilder();
        for (List<CostLine> part : parts) {
            if (b.length() > 0) {
                b.append("; ");
            }
            for (int i = 0; i < part.size(); i++) {
                b.append(i == 0 ? "" : " or ").append(part.get(i));
            }
        }
        return b.toString();
    }

    /** Such as {@code 7000.00..20000.00 (1 x BTM SCADA metering package (6.11.4) 7000.00..20000.00)}. */
    @Override
    public String toString() {
        return total() + " (" + describe() + ")";
    }
}

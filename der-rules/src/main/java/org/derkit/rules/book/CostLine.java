package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One item of a cost estimate with its quantity: a whole count for {@link CostItem.Unit#EACH}
 * items, miles (any non-negative decimal) for {@link CostItem.Unit#PER_MILE} ones.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param item the cost item of the policy's section 6
 * @param quantity how many, or how many miles
 */
public record CostLine(CostItem item, BigDecimal quantity) {

    /**
     * Checks the quantity: not negative, whole for counted items.
     *
     * @param item the cost item of the policy's section 6
     * @param quantity how many, or how many miles
     */
    public CostLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.signum() < 0) {
            throw new InvalidValueException("quantity of " + item, ">= 0", quantity);
        }
        if (item.unit() == CostItem.Unit.EACH && quantity.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException("quantity of " + item, "whole " + "numbers", quantity);
        }
    }

    /**
     * One of an item.
     *
     * @param item the cost item of the policy's section 6
     * @return one of an item
     */
    public static CostLine one(CostItem item) {
        return new CostLine(item, BigDecimal.ONE);
    }

    /**
     * A count of an item.
     *
     * @param item the cost item of the policy's section 6
     * @param count how many of the item, such as regulator banks or miles
     * @return a count of an item
     */
    public static CostLine of(CostItem item, long count) {
        return new CostLine(item, BigDecimal.valueOf(count));
    }

    /** {@return the range of this line: the item's range times the quantity} */
    public CostRange range() {
        return item.range().times(quantity);
    }

    /** Such as {@code 2 x voltage regulator bank ... (6.1) 30000.00..50000.00}. */
    @Override
    public String toString() {
        String q = quantity.stripTrailingZeros().toPlainString();
        return q + (item.unit() == CostItem.Unit.PER_MILE ? " mi x " : " x ") + item.description() + " ("
                + item.section() + ") " + range();
    }
}

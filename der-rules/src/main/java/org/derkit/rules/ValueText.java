package org.derkit.rules;

import java.math.BigDecimal;
import java.util.Objects;
import org.derkit.model.DerQuantity;
import org.derkit.model.Money;

/**
 * The machine-readable {@code value} strings of findings (cli.md): money as a plain decimal with
 * two places ({@code 600.00}), numbers plain ({@code 133.03}), ranges {@code min..max} and open
 * upper bounds {@code min..}.
 */
public final class ValueText {

    private ValueText() {
    }

    /**
     * {@code 600.00}: a plain decimal with at least two places, USD implied.
     *
     * @param money the amount
     * @return {@code 600.00}: a plain decimal with at least two places, USD implied
     */
    public static String money(Money money) {
        return Objects.requireNonNull(money, "money").toPlainString();
    }

    /**
     * {@code 133.03}: the exact value in the quantity's canonical unit, without the unit.
     *
     * @param quantity the quantity
     * @return {@code 133.03}: the exact value in the quantity's canonical unit, without the unit
     */
    public static String quantity(DerQuantity<?> quantity) {
        return Objects.requireNonNull(quantity, "quantity").value().toPlainString();
    }

    /**
     * {@code 0.15}: a plain decimal, no exponent.
     *
     * @param number the number
     * @return {@code 0.15}: a plain decimal, no exponent
     */
    public static String number(BigDecimal number) {
        return Objects.requireNonNull(number, "number").toPlainString();
    }

    /**
     * {@code 10000.00..50000.00}.
     *
     * @param min the lower end of the range
     * @param max the upper end of the range, if any
     * @return {@code 10000.00..50000.00}
     */
    public static String range(Money min, Money max) {
        return money(min) + ".." + money(max);
    }

    /**
     * {@code 250000.00..}: an open upper bound.
     *
     * @param min the lower end of the range
     * @return {@code 250000.00..}: an open upper bound
     */
    public static String atLeast(Money min) {
        return money(min) + "..";
    }

    /**
     * {@code min..max} of two already formatted values.
     *
     * @param min the lower end of the range
     * @param max the upper end of the range, if any
     * @return {@code min..max} of two already formatted values
     */
    public static String range(String min, String max) {
        return Objects.requireNonNull(min, "min") + ".." + Objects.requireNonNull(max, "max");
    }
}

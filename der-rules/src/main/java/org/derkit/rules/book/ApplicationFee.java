package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.derkit.model.ApparentPower;
import org.derkit.model.Money;

/**
 * The application fee of an interconnection request (POL-07, DER Interconnection Policy 3.2
 * Table 1): a fixed part plus a rate per kVA of nameplate.
 *
 * <p>Rounding: Table 1 gives whole-dollar rates "per kVA nameplate capacity" and says nothing of a
 * fractional kVA or of cents. The {@link #amount()} is therefore kept exact (a nameplate of
 * 50.001 kVA at Level 2 is $150.001), and the fee is shown and reported as money, to the cent,
 * rounded half up ({@link #amountDue()}: $150.00; 50.005 kVA gives $150.01). This rounding is
 * derkit's, stated here because the policy states none.
 *
 * <table>
 * <caption>Fees by level</caption>
 * <tr><th>level</th><th>fixed</th><th>per kVA</th><th>note</th></tr>
 * <tr><td>Level 1</td><td>$50</td><td>-</td><td></td></tr>
 * <tr><td>Level 2</td><td>$100</td><td>$1</td><td>supplemental review after a failed expedited
 * review: {@link #SUPPLEMENTAL_REVIEW}</td></tr>
 * <tr><td>Level 3</td><td>$500</td><td>$2</td><td></td></tr>
 * <tr><td>Level 4</td><td>$1,000</td><td>$2</td><td>part refundable</td></tr>
 * <tr><td>Part 467</td><td>$5,000 + $10,000 study fee</td><td>-</td><td>study fee subject to
 * true-up</td></tr>
 * </table>
 *
 * <p>At a given level the fee never decreases as the kVA nameplate grows.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param level the application level
 * @param rating the kVA nameplate the per-kVA part is charged on
 * @param fixed the fixed part
 * @param perKva the rate per kVA (zero where the level has none)
 * @param amount the exact fee: {@code fixed + perKva x rating}, unrounded
 */
public record ApplicationFee(ApplicationLevel level, ApparentPower rating, Money fixed, Money perKva, Money amount) {

    /** Pre-application report fee (Part 466, confirmed): $300. */
    public static final Money PRE_APPLICATION = Money.ofDollars(300);
    /** Level 2 supplemental review fee after a failed expedited review: $1,500. */
    public static final Money SUPPLEMENTAL_REVIEW = Money.ofDollars(1500);
    /** Part 467 application fee without the study fee: $5,000. */
    public static final Money PART_467_APPLICATION = Money.ofDollars(5000);
    /** Part 467 study fee, subject to true-up: $10,000. */
    public static final Money PART_467_STUDY = Money.ofDollars(10_000);

    /**
     * Checks that nothing is null and the amount adds up.
     *
     * @param level the application level
     * @param rating the kVA nameplate the per-kVA part is charged on
     * @param fixed the fixed part
     * @param perKva the rate per kVA (zero where the level has none)
     * @param amount the exact fee: {@code fixed + perKva x rating}, unrounded
     */
    public ApplicationFee {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(fixed, "fixed");
        Objects.requireNonNull(perKva, "perKva");
        Objects.requireNonNull(amount, "amount");
        if (!fixed.plus(perKva.multipliedBy(rating.value())).equals(amount)) {
            throw new InvalidValueException("amount", "fixed + perKva x rating = " + fixed.plus(perKva.multipliedBy(rating.value())), amount);
        }
    }

    /**
     * The fee of a level for a kVA nameplate.
     *
     * @param level the application level
     * @param rating the kVA nameplate
     * @return the fee of a level for a kVA nameplate
     * @throws IllegalArgumentException if the rating is negative
     */
    public static ApplicationFee of(ApplicationLevel level, ApparentPower rating) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(rating, "rating");
        if (rating.isNegative()) {
            throw new InvalidValueException("rating", ">= 0 kVA", rating);
        }
        Money fixed;
        Money perKva;
        switch (level) {
            case LEVEL_1:
                fixed = Money.ofDollars(50);
                perKva = Money.ZERO;
                break;
            case LEVEL_2:
                fixed = Money.ofDollars(100);
                perKva = Money.ofDollars(1);
                break;
            case LEVEL_3:
                fixed = Money.ofDollars(500);
                perKva = Money.ofDollars(2);
                break;
            case LEVEL_4:
                fixed = Money.ofDollars(1000);
                perKva = Money.ofDollars(2);
                break;
            default:
                fixed = PART_467_APPLICATION.plus(PART_467_STUDY);
                perKva = Money.ZERO;
                break;
        }
        BigDecimal kva = rating.value();
        return new ApplicationFee(level, rating, fixed, perKva, fixed.plus(perKva.multipliedBy(kva)));
    }

    /**
     * How the amount is made, such as {@code $100.00 + $1.00/kVA x 250 kVA} or
     * {@code $5,000.00 + $10,000.00 study fee subject to true-up}.
     *
     * @return how the amount is made, such as {@code $100.00 + $1.00/kVA x 250 kVA} or {@code $5,000.00 + $10,000.00
     *         study fee subject to true-up}
     */
    public String basis() {
        switch (level) {
            case LEVEL_1:
                return fixed + " flat";
            case PART_467:
                return PART_467_APPLICATION + " + " + PART_467_STUDY + " study fee subject to true-up";
            case LEVEL_4:
                return fixed + " + " + perKva + "/kVA x " + rating + " (part refundable)";
            default:
                return fixed + " + " + perKva + "/kVA x " + rating;
        }
    }

    /**
     * The fee as money: the exact {@link #amount()} rounded half up to the cent (the policy states
     * no rounding; see the class description).
     *
     * @return the amount due, with two decimals
     */
    public Money amountDue() {
        return Money.ofDollars(amount.toDollars().setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * The amount due as {@code derkit screen} writes it, always two decimals, such as
     * {@code 600.00} or {@code 150.00} for the exact $150.001.
     *
     * @return the amount due as plain text
     */
    public String valueText() {
        return amountDue().toPlainString();
    }

    /**
     * Such as {@code $350.00 (LEVEL_2: $100.00 + $1.00/kVA x 250 kVA)}; when the exact amount has
     * more than two decimals it follows the basis, such as
     * {@code $150.00 (LEVEL_2: $100.00 + $1.00/kVA x 50.001 kVA = $150.001, rounded half up to the cent)}.
     */
    @Override
    public String toString() {
        Money due = amountDue();
        String exact = due.toDollars().compareTo(amount.toDollars()) == 0 ? ""
                : " = " + amount + ", rounded half up to the cent";
        return due + " (" + level + ": " + basis() + exact + ")";
    }
}

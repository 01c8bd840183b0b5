package org.derkit.rules;

import org.derkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.Current;
import org.derkit.model.DerQuantity;
import org.derkit.model.Energy;
import org.derkit.model.Frequency;
import org.derkit.model.Length;
import org.derkit.model.Money;
import org.derkit.model.Percentage;
import org.derkit.model.PowerFactor;
import org.derkit.model.ReactiveEnergy;
import org.derkit.model.ReactivePower;
import org.derkit.model.Voltage;

/**
 * An ordered, exactly comparable kind of value that a rule can measure and limit: a der-model
 * quantity in its canonical unit, money, a percentage, a plain number, a count or a duration.
 *
 * <p>Rules compare values without javax.measure arithmetic: first on a {@code double}
 * approximation (cached by {@link DerQuantity#doubleValue()}), and only when the two doubles are
 * equal on the exact {@link BigDecimal} values. Because the conversion of a decimal to the nearest
 * double is monotone, this gives the exact answer.
 *
 * <p>The {@linkplain #resolutionScale() resolution scale} is the number of decimal places of the
 * smallest step that is meaningful in the unit (3 for kW: one watt). The boundary generator steps
 * away from a limit by one unit in the last place of the limit or of the resolution, whichever is
 * finer.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param <V> the Java type of the values
 */
public final class Dimension<V> {

    /** Active power in kW, resolution 1 W. */
    public static final Dimension<ActivePower> ACTIVE_POWER =
            quantity("active power", "kW", ActivePower.class, ActivePower::ofKilowatts, 3);
    /** Apparent power in kVA, resolution 1 VA. */
    public static final Dimension<ApparentPower> APPARENT_POWER =
            quantity("apparent power", "kVA", ApparentPower.class, ApparentPower::ofKilovoltAmperes, 3);
    /** Reactive power in kvar, resolution 1 var. */
    public static final Dimension<ReactivePower> REACTIVE_POWER =
            quantity("reactive power", "kvar", ReactivePower.class, ReactivePower::ofKilovars, 3);
    /** Energy in kWh, resolution 1 Wh. */
    public static final Dimension<Energy> ENERGY =
            quantity("energy", "kWh", Energy.class, Energy::ofKilowattHours, 3);
    /** Reactive energy in kvarh, resolution 1 varh. */
    public static final Dimension<ReactiveEnergy> REACTIVE_ENERGY =
            quantity("reactive energy", "kvarh", ReactiveEnergy.class, ReactiveEnergy::ofKilovarHours, 3);
    /** Voltage in V, resolution 0.1 V. */
    public static final Dimension<Voltage> VOLTAGE =
            quantity("voltage", "V", Voltage.class, Voltage::ofVolts, 1);
    /** Current in A, resolution 0.01 A. */
    public static final Dimension<Current> CURRENT =
            quantity("current", "A", Current.class, Current::ofAmperes, 2);
    /** Frequency in Hz, resolution 0.001 Hz. */
    public static final Dimension<Frequency> FREQUENCY =
            quantity("frequency", "Hz", Frequency.class, Frequency::ofHertz, 3);
    /** Length in inches, resolution 0.01 in. */
    public static final Dimension<Length> LENGTH =
            quantity("length", "in", Length.class, Length::ofInches, 2);
    /** Length in feet, resolution 0.001 ft, for limits the documents give in feet (55 ft, 500 ft). */
    public static final Dimension<Length> LENGTH_FEET = of("length", "ft", Length.class, Length::toFeet,
            Length::ofFeet, 3);
    /** A percentage, resolution 0.01 %; shown as {@code 15%}. */
    public static final Dimension<Percentage> PERCENTAGE = new Dimension<>("percentage", "%",
            Percentage.class, Percentage::value, Percentage::ofPercent, 2, p -> approximate(p.value()),
            Percentage::toString);
    /** Money in USD, resolution one cent; shown as {@code $1,600.00}. */
    public static final Dimension<Money> MONEY = new Dimension<>("money", "USD", Money.class,
            Money::toDollars, Money::ofDollars, 2, m -> approximate(m.toDollars()), Money::toString);
    /** A power factor (0 exclusive to 1 inclusive), resolution 0.001. */
    public static final Dimension<PowerFactor> POWER_FACTOR = new Dimension<>("power factor", "",
            PowerFactor.class, PowerFactor::value, PowerFactor::of, 3, p -> approximate(p.value()),
            p -> p.value().toPlainString());
    /** A dimensionless decimal (rating factor, ratio); the limit's own decimal places set the step. */
    public static final Dimension<BigDecimal> NUMBER = new Dimension<>("number", "", BigDecimal.class,
            Function.identity(), Function.identity(), 0, Dimension::approximate, BigDecimal::toPlainString);
    /** Per-unit of a nominal value (voltage ride-through), resolution 0.001 pu; shown as {@code 1.05 pu}. */
    public static final Dimension<BigDecimal> PER_UNIT = new Dimension<>("per unit", "pu", BigDecimal.class,
            Function.identity(), Function.identity(), 3, Dimension::approximate, v -> v.toPlainString() + " pu");
    /** A whole count (phases, days, pictures), step 1. */
    public static final Dimension<Long> COUNT = new Dimension<>("count", "", Long.class,
            BigDecimal::valueOf, BigDecimal::longValueExact, 0, Long::doubleValue, String::valueOf);
    /** A whole count held as an {@code int}, step 1. */
    public static final Dimension<Integer> INTEGER = new Dimension<>("integer", "", Integer.class,
            BigDecimal::valueOf, BigDecimal::intValueExact, 0, Integer::doubleValue, String::valueOf);
    /** A duration in seconds, resolution 1 ms; shown as {@code 300 s}. */
    public static final Dimension<Duration> SECONDS = new Dimension<>("duration", "s", Duration.class,
            Dimension::seconds, Dimension::ofSeconds, 3, d -> d.getSeconds() + d.getNano() / 1e9,
            d -> seconds(d).toPlainString() + " s");

    private static final Map<Class<?>, Dimension<?>> BY_CLASS = Map.ofEntries(
            Map.entry(ActivePower.class, ACTIVE_POWER), Map.entry(ApparentPower.class, APPARENT_POWER),
            Map.entry(ReactivePower.class, REACTIVE_POWER), Map.entry(Energy.class, ENERGY),
            Map.entry(ReactiveEnergy.class, REACTIVE_ENERGY), Map.entry(Voltage.class, VOLTAGE),
            Map.entry(Current.class, CURRENT), Map.entry(Frequency.class, FREQUENCY),
            Map.entry(Length.class, LENGTH), Map.entry(Percentage.class, PERCENTAGE),
            Map.entry(Money.class, MONEY), Map.entry(PowerFactor.class, POWER_FACTOR),
            Map.entry(BigDecimal.class, NUMBER), Map.entry(Long.class, COUNT),
            Map.entry(Integer.class, INTEGER), Map.entry(Duration.class, SECONDS));

    private final String name;
    private final String unitSymbol;
    private final Class<V> type;
    private final Function<? super V, BigDecimal> toExact;
    private final Function<BigDecimal, ? extends V> fromExact;
    private final int resolutionScale;
    private final ToDoubleFunction<? super V> toApproximate;
    private final Function<? super V, String> formatter;

    private Dimension(String name, String unitSymbol, Class<V> type, Function<? super V, BigDecimal> toExact,
            Function<BigDecimal, ? extends V> fromExact, int resolutionScale,
            ToDoubleFunction<? super V> toApproximate, Function<? super V, String> formatter) {
        this.name = name;
        this.unitSymbol = unitSymbol;
        this.type = type;
        this.toExact = toExact;
        this.fromExact = fromExact;
        this.resolutionScale = resolutionScale;
        this.toApproximate = toApproximate;
        this.formatter = formatter;
    }

    private static <Q extends DerQuantity<Q>> Dimension<Q> quantity(String name, String unit, Class<Q> type,
            Function<BigDecimal, Q> factory, int resolutionScale) {
        return new Dimension<>(name, unit, type, DerQuantity::value, factory, resolutionScale,
                DerQuantity::doubleValue, DerQuantity::toString);
    }

    /**
     * A dimension for another exactly comparable type, such as a per-unit ratio held in a domain
     * type. Values are shown as the plain decimal followed by the unit symbol.
     *
     * @param name what the values are, such as {@code CT ratio}
     * @param unitSymbol the unit shown after the number, possibly empty
     * @param type the Java type of the values
     * @param toExact the exact decimal of a value in the unit
     * @param fromExact the value for an exact decimal (used by the boundary generator); it may throw
     * for decimals that are not valid values, which the generator then leaves out
     * @param resolutionScale decimal places of the smallest meaningful step, at least 0
     * @param <V> the type of the value
     * @return a dimension for another exactly comparable type, such as a per-unit ratio held in a domain type
     */
    public static <V> Dimension<V> of(String name, String unitSymbol, Class<V> type,
            Function<? super V, BigDecimal> toExact, Function<BigDecimal, ? extends V> fromExact,
            int resolutionScale) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitSymbol, "unitSymbol");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(toExact, "toExact");
        Objects.requireNonNull(fromExact, "fromExact");
        if (resolutionScale < 0) {
            throw new InvalidValueException("resolutionScale", ">= 0", resolutionScale);
        }
        return new Dimension<>(name, unitSymbol, type, toExact, fromExact, resolutionScale,
                v -> approximate(toExact.apply(v)),
                v -> unitSymbol.isEmpty() ? toExact.apply(v).toPlainString()
                        : toExact.apply(v).toPlainString() + " " + unitSymbol);
    }

    /**
     * The built-in dimension for values of a class: each der-model quantity, {@link Percentage},
     * {@link Money}, {@link PowerFactor}, {@link BigDecimal} (a plain number), {@link Long},
     * {@link Integer} and {@link Duration} (seconds).
     *
     * @param <V> the type of the value
     * @param type the type
     * @return the built-in dimension for values of a class: each der-model quantity, {@link Percentage}, {@link
     *         Money}, {@link PowerFactor}, {@link BigDecimal} (a plain number), {@link Long}, {@link Integer} and {@link
     *         Duration} (seconds)
     */
    @SuppressWarnings("unchecked")
    public static <V> Optional<Dimension<V>> forClass(Class<V> type) {
        return Optional.ofNullable((Dimension<V>) BY_CLASS.get(Objects.requireNonNull(type, "type")));
    }

    /** {@return what the values are, such as {@code active power}} */
    public String name() {
        return name;
    }

    /** {@return the unit symbol shown with values, such as {@code kW}; empty for plain numbers} */
    public String unitSymbol() {
        return unitSymbol;
    }

    /** {@return the Java type of the values} */
    public Class<V> type() {
        return type;
    }

    /** {@return decimal places of the smallest meaningful step in the unit} */
    public int resolutionScale() {
        return resolutionScale;
    }

    /**
     * The exact decimal of a value in the unit.
     *
     * @param value the value
     * @return the exact decimal of a value in the unit
     */
    public BigDecimal toExact(V value) {
        return toExact.apply(Objects.requireNonNull(value, "value"));
    }

    /**
     * A double approximation of a value in the unit, for a fast first comparison.
     *
     * @param value the value
     * @return a double approximation of a value in the unit, for a fast first comparison
     */
    public double toApproximate(V value) {
        return toApproximate.applyAsDouble(value);
    }

    /**
     * The value for an exact decimal in the unit.
     *
     * @param exact the exact value
     * @return the value for an exact decimal in the unit.  power factor above 1)
     * @throws RuntimeException whatever the value type throws for a decimal it refuses (such as a
     * power factor above 1)
     */
    public V fromExact(BigDecimal exact) {
        return fromExact.apply(Objects.requireNonNull(exact, "exact"));
    }

    /**
     * The value with its unit for people, such as {@code 200 kW}, {@code 15%} or {@code $600.00}.
     *
     * @param value the value
     * @return the value with its unit for people, such as {@code 200 kW}, {@code 15%} or {@code $600.00}
     */
    public String format(V value) {
        return formatter.apply(value);
    }

    /**
     * Compares two values exactly: on their doubles first, and on their exact decimals only when
     * the doubles are equal.
     *
     * @param value the value
     * @param other the other value
     * @return the int
     */
    public int compare(V value, V other) {
        double a = toApproximate.applyAsDouble(value);
        double b = toApproximate.applyAsDouble(other);
        if (a < b) {
            return -1;
        }
        if (a > b) {
            return 1;
        }
        return toExact.apply(value).compareTo(toExact.apply(other));
    }

    /** Such as {@code active power (kW)}. */
    @Override
    public String toString() {
        return unitSymbol.isEmpty() ? name : name + " (" + unitSymbol + ")";
    }

    private static double approximate(BigDecimal value) {
        return value.doubleValue();
    }

    private static BigDecimal seconds(Duration d) {
        BigDecimal s = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
        return s.signum() == 0 ? BigDecimal.ZERO : s.stripTrailingZeros();
    }

    private static Duration ofSeconds(BigDecimal seconds) {
        return Duration.ofNanos(seconds.movePointRight(9).longValueExact());
    }
}

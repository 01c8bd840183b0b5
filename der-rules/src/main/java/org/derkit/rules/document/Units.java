package org.derkit.rules.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.Current;
import org.derkit.model.DerQuantity;
import org.derkit.model.Energy;
import org.derkit.model.Frequency;
import org.derkit.model.Length;
import org.derkit.model.Percentage;
import org.derkit.model.ReactiveEnergy;
import org.derkit.model.ReactivePower;
import org.derkit.model.Voltage;

/**
 * The units a document may state for each quantity type, canonical unit first: the canonical unit
 * is the one the writer uses, so a document written by derkit reads back identically.
 */
final class Units {

    private static final Map<Class<?>, List<String>> UNITS = Map.ofEntries(
            Map.entry(ActivePower.class, List.of("kW", "W", "MW")),
            Map.entry(ApparentPower.class, List.of("kVA", "VA", "MVA")),
            Map.entry(ReactivePower.class, List.of("kvar", "var", "Mvar")),
            Map.entry(Energy.class, List.of("kWh", "Wh", "MWh")),
            Map.entry(ReactiveEnergy.class, List.of("kvarh", "varh", "Mvarh")),
            Map.entry(Voltage.class, List.of("V", "kV")),
            Map.entry(Current.class, List.of("A", "kA")),
            Map.entry(Frequency.class, List.of("Hz")),
            Map.entry(Length.class, List.of("in", "ft", "mi")),
            Map.entry(Percentage.class, List.of("%")),
            Map.entry(Duration.class, List.of("s", "ms", "min", "h")));

    private static final Map<String, BigDecimal> SECONDS = Map.of(
            "s", BigDecimal.ONE, "ms", new BigDecimal("0.001"), "min", BigDecimal.valueOf(60),
            "h", BigDecimal.valueOf(3600));

    private Units() {
    }

    static List<String> of(Class<?> type) {
        List<String> units = UNITS.get(type);
        if (units == null) {
            throw new IllegalStateException("no units known for " + type.getName());
        }
        return units;
    }

    static String example(Class<?> type) {
        return "250 " + of(type).get(0);
    }

    /** The quantity {@code number unit}; the unit is one of {@link #of}. */
    static Object parse(Class<?> type, BigDecimal number, String unit) {
        if (type == Percentage.class) {
            return Percentage.ofPercent(number);
        }
        if (type == Duration.class) {
            BigDecimal seconds = number.multiply(SECONDS.get(unit));
            if (seconds.signum() < 0 || seconds.stripTrailingZeros().scale() > 9) {
                throw new org.derkit.model.InvalidValueException("duration",
                        "non-negative times to the nanosecond", number.toPlainString() + " " + unit);
            }
            return Duration.ofSeconds(0, seconds.movePointRight(9).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        }
        String text = number.toPlainString() + " " + unit;
        try {
            return type.getMethod("parse", CharSequence.class).invoke(null, text);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot parse " + type.getName(), e);
        }
    }

    /** The canonical text of a quantity: plain number, one space, canonical unit. */
    static String format(Object quantity) {
        if (quantity instanceof DerQuantity<?> q) {
            return q.value().toPlainString() + " " + q.unitSymbol();
        }
        if (quantity instanceof Percentage p) {
            return p.value().toPlainString() + " %";
        }
        Duration d = (Duration) quantity;
        return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9)).stripTrailingZeros()
                .toPlainString() + " s";
    }
}

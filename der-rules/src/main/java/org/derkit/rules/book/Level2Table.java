package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.Voltage;

/**
 * The Level 2 eligibility table of Part 466 (regulations.md section 1, a <em>secondary</em>
 * source): the largest nameplate that may use the Level 2 review, by the line-to-line voltage of
 * the line at the point of interconnection. It is data, with both columns of the model rule:
 *
 * <pre>
 * line voltage at the POI      mainline, within 2.5 circuit miles   any location
 *                              of the substation (Illinois figures)
 * under 5 kV                   500 kW                               500 kW
 * 5 kV to under 15 kV          3 MW                                 2 MW
 * 15 kV to under 30 kV         4 MW                                 3 MW
 * 30 kV to 69 kV               5 MW                                 4 MW
 * </pre>
 *
 * <p>Each voltage band includes its lower bound and excludes its upper bound, except the last,
 * which includes exactly 69 kV because the policy says "69 kV or less" (some summaries stop at
 * 68.99 kV; findings say so). Above 69 kV no nameplate is eligible. The nameplate limit is
 * inclusive ("up to").
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class Level2Table {

    /** Which of the table's two nameplate columns applies. */
    public enum Column {
        /** On a mainline within 2.5 circuit miles of the substation: the Illinois summary figures (default). */
        MAINLINE_NEAR_SUBSTATION("Illinois figures"),
        /** Any location on the line: the model rule's other column. */
        ANY_LOCATION("any-location figures");

        private final String label;

        Column(String label) {
            this.label = label;
        }

        /** {@return text such as {@code Illinois figures}} */
        public String label() {
            return label;
        }
    }

    /**
     * One voltage band of the table.
     *
     * @param fromInclusive the lowest line-to-line voltage of the band (inclusive)
     * @param to the upper voltage of the band
     * @param toInclusive whether {@code to} belongs to the band
     * @param mainlineLimit the largest eligible nameplate in the Illinois column (inclusive)
     * @param anyLocationLimit the largest eligible nameplate in the any-location column (inclusive)
     */
    public record Band(Voltage fromInclusive, Voltage to, boolean toInclusive, ActivePower mainlineLimit,
            ActivePower anyLocationLimit) {

        /**
         * Checks that nothing is null and the band is not empty.
         *
         * @param fromInclusive the lowest line-to-line voltage of the band (inclusive)
         * @param to the upper voltage of the band
         * @param toInclusive whether {@code to} belongs to the band
         * @param mainlineLimit the largest eligible nameplate in the Illinois column (inclusive)
         * @param anyLocationLimit the largest eligible nameplate in the any-location column (inclusive)
         */
        public Band {
            Objects.requireNonNull(fromInclusive, "fromInclusive");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(mainlineLimit, "mainlineLimit");
            Objects.requireNonNull(anyLocationLimit, "anyLocationLimit");
            if (!to.isGreaterThan(fromInclusive)) {
                throw new InvalidValueException("Level 2 band upper voltage", "> " + fromInclusive, to);
            }
        }

        /**
         * Whether a line-to-line voltage falls in this band.
         *
         * @param lineToLine the line-to-line voltage
         * @return whether a line-to-line voltage falls in this band
         */
        public boolean contains(Voltage lineToLine) {
            return lineToLine.isAtLeast(fromInclusive)
                    && (toInclusive ? lineToLine.isAtMost(to) : lineToLine.isLessThan(to));
        }

        /**
         * The nameplate limit of a column.
         *
         * @param column which column of nameplate limits applies
         * @return the nameplate limit of a column
         */
        public ActivePower limit(Column column) {
            return column == Column.MAINLINE_NEAR_SUBSTATION ? mainlineLimit : anyLocationLimit;
        }

        /** {@return text such as {@code 5 kV to under 15 kV}} */
        public String describe() {
            return kv(fromInclusive) + " kV to " + (toInclusive ? "" : "under ") + kv(to) + " kV";
        }
    }

    /** The voltage that ends the table (inclusive): 69 kV. */
    public static final Voltage MAXIMUM_LINE_VOLTAGE = Voltage.ofKilovolts(BigDecimal.valueOf(69));

    private static final List<Band> BANDS = List.of(
            band(0, 5, false, 500, 500),
            band(5, 15, false, 3000, 2000),
            band(15, 30, false, 4000, 3000),
            band(30, 69, true, 5000, 4000));

    /** The table with the Illinois column: the default. */
    public static final Level2Table ILLINOIS = new Level2Table(BANDS, Column.MAINLINE_NEAR_SUBSTATION);

    private final List<Band> bands;
    private final Column column;

    private Level2Table(List<Band> bands, Column column) {
        this.bands = bands;
        this.column = column;
    }

    private static Band band(long fromKv, long toKv, boolean toInclusive, long mainlineKw, long anyKw) {
        return new Band(Voltage.ofKilovolts(BigDecimal.valueOf(fromKv)), Voltage.ofKilovolts(BigDecimal.valueOf(toKv)),
                toInclusive, ActivePower.ofKilowatts(mainlineKw), ActivePower.ofKilowatts(anyKw));
    }

    private static String kv(Voltage v) {
        return v.value().movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    /**
     * The table of Part 466 with the given column.
     *
     * @param column which column of nameplate limits applies
     * @return the table of Part 466 with the given column
     */
    public static Level2Table of(Column column) {
        return new Level2Table(BANDS, Objects.requireNonNull(column, "column"));
    }

    /**
     * A copy with another column. This instance is immutable and unaffected by this method call.
     *
     * @param newColumn the column to use
     * @return a copy with another column
     */
    public Level2Table withColumn(Column newColumn) {
        return of(newColumn);
    }

    /** {@return the column in use} */
    public Column column() {
        return column;
    }

    /** {@return the bands, lowest voltage first} */
    public List<Band> bands() {
        return bands;
    }

    /**
     * The band of a line-to-line voltage, or empty above 69 kV.
     *
     * @param lineToLine the line-to-line voltage
     * @return the band of a line-to-line voltage, or empty above 69 kV
     */
    public Optional<Band> bandFor(Voltage lineToLine) {
        Objects.requireNonNull(lineToLine, "lineToLine");
        for (Band b : bands) {
            if (b.contains(lineToLine)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /**
     * The largest Level 2 nameplate at a line-to-line voltage (inclusive), or empty above 69 kV.
     *
     * @param lineToLine the line-to-line voltage
     * @return the largest Level 2 nameplate at a line-to-line voltage (inclusive), or empty above 69 kV
     */
    public Optional<ActivePower> limitFor(Voltage lineToLine) {
        return bandFor(lineToLine).map(b -> b.limit(column));
    }

    /** {@return the largest limit of the column in use (5 MW for the Illinois figures)} */
    public ActivePower largestLimit() {
        ActivePower max = ActivePower.ZERO;
        for (Band b : bands) {
            max = max.max(b.limit(column));
        }
        return max;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Level2Table && ((Level2Table) other).column == column
                && ((Level2Table) other).bands.equals(bands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bands, column);
    }

    /** Such as {@code Level 2 table (Illinois figures)}. */
    @Override
    public String toString() {
        return "Level 2 table (" + column.label() + ")";
    }
}

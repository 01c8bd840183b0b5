package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.Voltage;
import org.derkit.model.facility.SystemType;

/**
 * The application level of an interconnection request (POL-06, Table 1 of the DER Interconnection
 * Policy section 3.2, with the Level 2 table of regulations.md section 1): the lowest level whose
 * criteria the facility meets.
 *
 * <ul>
 * <li>Level 1: export capacity 25 kW or less and nameplate 50 kW or less (both inclusive);
 * <li>Level 2: line-to-line voltage at the POI 69 kV or less (69 kV included, as the policy says
 * "69 kV or less") and nameplate up to the {@link Level2Table} limit of that voltage (inclusive);
 * <li>Level 3: non-exporting, and either on a networked system with nameplate 50 kW or less, or on
 * a radial system with nameplate under 10 MVA (exclusive). Part 466 requires non-export on both
 * branches (P466-08); the policy's Table 1 omits it on the radial branch
 * ({@link Level3Reading#SEED_SUMMARY} reads it that way, for comparison);
 * <li>Level 4: 10 MVA or less (inclusive);
 * <li>Part 467: larger than 10 MVA.
 * </ul>
 *
 * <p>A larger nameplate never gives a lower level: every level's criteria hold for any smaller
 * nameplate with the same other inputs. An input that is unknown matters only when it could change
 * the result ({@link #missingInputs}); when the nameplate is 25 kW or less the export capacity,
 * which cannot exceed it, is not needed for Level 1.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class ApplicationLevels {

    /** How Level 3's non-export condition is read. */
    public enum Level3Reading {
        /** Part 466 (466.80(c)(2), secondary): non-exporting on the networked and on the radial branch. */
        PART_466,
        /** The policy's Table 1 as written: non-exporting on the networked branch only. */
        SEED_SUMMARY
    }

    /** Level 1 export capacity limit, inclusive: 25 kW. */
    public static final ActivePower LEVEL_1_EXPORT = ActivePower.ofKilowatts(25);
    /** Level 1 nameplate limit, inclusive: 50 kW. */
    public static final ActivePower LEVEL_1_NAMEPLATE = ActivePower.ofKilowatts(50);
    /** Level 3 networked-branch nameplate limit, inclusive: 50 kW. */
    public static final ActivePower LEVEL_3_NETWORKED_NAMEPLATE = ActivePower.ofKilowatts(50);
    /** Level 3 radial-branch rating limit, exclusive ("under"): 10 MVA. */
    public static final ApparentPower LEVEL_3_RADIAL_RATING = ApparentPower.ofMegavoltAmperes(10);
    /** Level 4 rating limit, inclusive ("10 MVA or less"); Part 467 above it. */
    public static final ApparentPower LEVEL_4_RATING = ApparentPower.ofMegavoltAmperes(10);

    private static final String EXPORT = "export capacity";
    private static final String VOLTAGE = "POI voltage";
    private static final String SYSTEM = "system type";

    private ApplicationLevels() {
    }

    private enum Tri { YES, NO, UNKNOWN }

    /** Per level: does it qualify, why, and which input is missing when unknown. */
    private record Check(Tri answer, Supplier<String> why, String missing) {
        static Check yes(Supplier<String> why) {
            return new Check(Tri.YES, why, null);
        }

        static Check no(Supplier<String> why) {
            return new Check(Tri.NO, why, null);
        }

        static Check unknown(String missing) {
            return new Check(Tri.UNKNOWN, () -> "", missing);
        }

        String reason() {
            return why.get();
        }
    }

    /**
     * The inputs that are unknown and needed to decide the level, in the order the levels are tried;
     * empty when the level is decided.
     *
     * @param inputs what decides the result
     * @param table the Level 2 table: which column of nameplate limits by POI voltage applies
     * @return the inputs that are unknown and needed to decide the level, in the order the levels are tried; empty
     *         when the level is decided
     */
    public static List<String> missingInputs(LevelInputs inputs, Level2Table table) {
        return missingInputs(inputs, table, Level3Reading.PART_466);
    }

    /**
     * Same as {@link #missingInputs(LevelInputs, Level2Table)} with a reading of Level 3.
     *
     * @param inputs what decides the result
     * @param table the Level 2 table: which column of nameplate limits by POI voltage applies
     * @param reading how Level 3's non-export condition is read
     * @return as {@link #missingInputs(LevelInputs, Level2Table)} with a reading of Level 3
     */
    public static List<String> missingInputs(LevelInputs inputs, Level2Table table, Level3Reading reading) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(reading, "reading");
        List<String> missing = new ArrayList<>();
        for (ApplicationLevel level : ApplicationLevel.values()) {
            Check c = check(level, inputs, table, reading);
            if (c.answer() == Tri.UNKNOWN && !missing.contains(c.missing())) {
                missing.add(c.missing());
            }
            if (c.answer() == Tri.YES) {
                break;
            }
        }
        return List.copyOf(missing);
    }

    /**
     * The lowest level the inputs qualify for, with the Illinois Level 2 table and Part 466's
     * reading of Level 3.
     *
     * @param inputs what decides the result
     * @return the lowest level the inputs qualify for, with the Illinois Level 2 table and Part 466's reading of
     *         Level 3
     * @throws IllegalArgumentException naming the inputs if an unknown input decides the level
     */
    public static LevelDecision determine(LevelInputs inputs) {
        return determine(inputs, Level2Table.ILLINOIS, Level3Reading.PART_466);
    }

    /**
     * The lowest level the inputs qualify for.
     *
     * @param inputs what decides the result
     * @param table the Level 2 table: which column of nameplate limits by POI voltage applies
     * @param reading how Level 3's non-export condition is read
     * @return the lowest level the inputs qualify for
     * @throws IllegalArgumentException naming the inputs if an unknown input decides the level
     */
    public static LevelDecision determine(LevelInputs inputs, Level2Table table, Level3Reading reading) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(reading, "reading");
        List<String> missing = missingInputs(inputs, table, reading);
        if (!missing.isEmpty()) {
            throw new InvalidValueException("level inputs", "inputs that decide the level", "unknown " + String.join(", ", missing));
        }
        for (ApplicationLevel level : ApplicationLevel.values()) {
            Check c = check(level, inputs, table, reading);
            if (c.answer() == Tri.YES) {
                return new LevelDecision(level, c.reason());
            }
        }
        throw new AssertionError("Part 467 always qualifies");
    }

    /**
     * The level alone, without building the reason (for applicability checks); empty when an
     * unknown input decides it.
     *
     * @param inputs what decides the result
     * @param table the Level 2 table: which column of nameplate limits by POI voltage applies
     * @param reading how Level 3's non-export condition is read
     * @return the level alone, without building the reason (for applicability checks); empty when an unknown input
     *         decides it
     */
    public static Optional<ApplicationLevel> levelOf(LevelInputs inputs, Level2Table table, Level3Reading reading) {
        Objects.requireNonNull(inputs, "inputs");
        return findLevel(inputs, table, reading);
    }

    /**
     * The decision for a level already found with the Illinois table and Part 466's reading
     * ({@link ScreeningContext#level()}): that level and the reason of its check, without trying
     * the lower levels again.
     */
    static LevelDecision decisionFor(ApplicationLevel level, LevelInputs inputs) {
        return new LevelDecision(level, check(level, inputs, Level2Table.ILLINOIS, Level3Reading.PART_466).reason());
    }

    private static Optional<ApplicationLevel> findLevel(LevelInputs inputs, Level2Table table, Level3Reading reading) {
        for (ApplicationLevel level : ApplicationLevel.values()) {
            Tri answer = check(level, inputs, table, reading).answer();
            if (answer == Tri.UNKNOWN) {
                return Optional.empty();
            }
            if (answer == Tri.YES) {
                return Optional.of(level);
            }
        }
        throw new AssertionError("Part 467 always qualifies");
    }

    /**
     * The level, or empty when an unknown input decides it.
     *
     * @param inputs what decides the result
     * @param table the Level 2 table: which column of nameplate limits by POI voltage applies
     * @param reading how Level 3's non-export condition is read
     * @return the level, or empty when an unknown input decides it
     */
    public static Optional<LevelDecision> tryDetermine(LevelInputs inputs, Level2Table table, Level3Reading reading) {
        return missingInputs(inputs, table, reading).isEmpty()
                ? Optional.of(determine(inputs, table, reading)) : Optional.empty();
    }

    private static Check check(ApplicationLevel level, LevelInputs in, Level2Table table, Level3Reading reading) {
        switch (level) {
            case LEVEL_1:
                return level1(in);
            case LEVEL_2:
                return level2(in, table);
            case LEVEL_3:
                return level3(in, reading);
            case LEVEL_4:
                return in.rating().isAtMost(LEVEL_4_RATING)
                        ? Check.yes(() -> "rating " + in.rating() + " <= 10 MVA and no lower level applies")
                        : Check.no(() -> "rating " + in.rating() + " > 10 MVA");
            default:
                return Check.yes(() -> "rating " + in.rating() + " > 10 MVA");
        }
    }

    private static Check level1(LevelInputs in) {
        ActivePower n = in.nameplate();
        if (n.isGreaterThan(LEVEL_1_NAMEPLATE)) {
            return Check.no(() -> "nameplate " + n + " > 50 kW");
        }
        if (in.exportCapacity().isEmpty()) {
            return n.isAtMost(LEVEL_1_EXPORT)
                    ? Check.yes(() -> "nameplate " + n + " <= 25 kW, so export capacity <= 25 kW, and nameplate <= 50 kW")
                    : Check.unknown(EXPORT);
        }
        ActivePower e = in.exportCapacity().get();
        return e.isAtMost(LEVEL_1_EXPORT)
                ? Check.yes(() -> "export capacity " + e + " <= 25 kW and nameplate " + n + " <= 50 kW")
                : Check.no(() -> "export capacity " + e + " > 25 kW");
    }

    private static Check level2(LevelInputs in, Level2Table table) {
        ActivePower n = in.nameplate();
        if (n.isGreaterThan(table.largestLimit())) {
            return Check.no(() -> "nameplate " + n + " > " + table.largestLimit());
        }
        if (in.poiVoltage().isEmpty()) {
            return Check.unknown(VOLTAGE);
        }
        Voltage v = in.poiVoltage().get();
        Optional<Level2Table.Band> band = table.bandFor(v);
        if (band.isEmpty()) {
            return Check.no(() -> "POI voltage " + kv(v) + " > 69 kV");
        }
        ActivePower limit = band.get().limit(table.column());
        String where = "POI voltage " + kv(v) + " (" + band.get().describe() + ", " + table.column().label()
                + (band.get().toInclusive() ? "; 69 kV included as the policy says \"69 kV or less\"" : "") + ")";
        return n.isAtMost(limit)
                ? Check.yes(() -> "nameplate " + n + " <= " + limit + " at " + where)
                : Check.no(() -> "nameplate " + n + " > " + limit + " at " + where);
    }

    private static Check level3(LevelInputs in, Level3Reading reading) {
        boolean networkedFits = in.nameplate().isAtMost(LEVEL_3_NETWORKED_NAMEPLATE);
        boolean radialFits = in.rating().isLessThan(LEVEL_3_RADIAL_RATING);
        if (!networkedFits && !radialFits) {
            return Check.no(() -> "rating " + in.rating() + " >= 10 MVA");
        }
        Optional<Boolean> nonExporting = in.isNonExporting();
        boolean radialNeedsNonExport = reading == Level3Reading.PART_466;
        // networked branch always needs non-export; radial only in the Part 466 reading
        Tri networked = !networkedFits ? Tri.NO : tri(nonExporting);
        Tri radial = !radialFits ? Tri.NO : radialNeedsNonExport ? tri(nonExporting) : Tri.YES;
        Optional<SystemType> system = in.systemType();
        Tri answer;
        String missing = null;
        if (system.isPresent()) {
            answer = system.get() == SystemType.NETWORKED ? networked : radial;
        } else if (networked == radial) {
            answer = networked;
        } else {
            answer = Tri.UNKNOWN;
        }
        if (answer == Tri.UNKNOWN) {
            missing = (networked == Tri.UNKNOWN || radial == Tri.UNKNOWN) && nonExporting.isEmpty() ? EXPORT : SYSTEM;
            return Check.unknown(missing);
        }
        String exportText = in.exportCapacity().map(e -> "export capacity " + e).orElse("export capacity unknown");
        String branch = system.map(s -> s == SystemType.NETWORKED
                ? "networked, nameplate " + in.nameplate() + (networkedFits ? " <= " : " > ") + "50 kW"
                : "radial, rating " + in.rating() + (radialFits ? " < " : " >= ") + "10 MVA")
                .orElse("nameplate " + in.nameplate() + " fits both branches");
        return answer == Tri.YES
                ? Check.yes(() -> "non-exporting (" + exportText + "), " + branch)
                : Check.no(() -> branch + ", " + exportText);
    }

    private static Tri tri(Optional<Boolean> b) {
        return b.isEmpty() ? Tri.UNKNOWN : b.get() ? Tri.YES : Tri.NO;
    }

    private static String kv(Voltage v) {
        return v.value().movePointLeft(3).stripTrailingZeros().toPlainString() + " kV";
    }
}

package org.derkit.edi;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import org.derkit.model.InvalidValueException;
import org.derkit.model.retail.EndOfDayStyle;
import org.derkit.model.retail.IntervalClock;

/**
 * What is known, or assumed, of Ameren Illinois' 004010 implementation: the points the public
 * guides leave open are settings here, with Ameren defaults in {@link #DEFAULT}.
 *
 * <p>Interval labels (DTM*582) count elapsed hours from the start of the day in {@link #zone()}:
 * {@code end = startOfDay(date) + HH hours + MM minutes}, {@code start = end - intervalMinutes}.
 * Readers accept both end-of-day styles; {@link #endOfDayStyle()} only decides what writers and
 * generators produce. The rule itself is der-model's {@link IntervalClock} ({@link #clock()}); the
 * Ameren zone and interval length are {@link IntervalClock#ameren()}'s.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param servicePointQualifier REF01 of the service point in an 867 ({@code LU} by default)
 * @param endOfDayStyle how the last hour of a day is labelled by writers and generators
 * @param intervalsIncludeMultiplier whether interval values already include the meter multiplier
 * @param summaryLoopCodes PTD01 codes of service-point summary loops ({@code SU}, {@code BQ})
 * @param meterLoopCodes PTD01 codes of meter loops ({@code PM}, {@code BO}, {@code PL})
 * @param intervalMinutes interval length (60 for Ameren)
 * @param zone the zone of the labels (America/Chicago)
 * @param intervalLoopCodes PTD01 codes of the loops whose interval data (QTY + DTM*582) is usage
 *     ({@code PM} by default). Interval data in a loop of any other code is reported, never dropped:
 *     {@code PTD*BQ}, which the Pennsylvania/New Jersey/Delaware/Maryland 867 Interval Usage guide
 *     defines as "Account Services Detail" (interval data at the account level, without a meter),
 *     is read only when this set names it; its intervals then belong to the service point, not to
 *     a meter. Account-level and meter-level intervals in one transaction set are refused, since
 *     they would count the same usage twice.
 */
public record AmerenProfile(String servicePointQualifier, EndOfDayStyle endOfDayStyle,
        boolean intervalsIncludeMultiplier, Set<String> summaryLoopCodes, Set<String> meterLoopCodes,
        int intervalMinutes, ZoneId zone, Set<String> intervalLoopCodes) {

    /**
     * Ameren Illinois defaults: LU, 2400 on the day, multiplier applied, SU/BQ and PM/BO/PL loops, 60
     * minutes, Chicago, intervals read from PM loops only (interval data in a BQ loop is refused).
     */
    public static final AmerenProfile DEFAULT = new AmerenProfile("LU", EndOfDayStyle.END_OF_DAY_2400, true,
            Set.of("SU", "BQ"), Set.of("PM", "BO", "PL"), IntervalClock.ameren().intervalMinutes(),
            IntervalClock.ameren().zone(), Set.of("PM"));

    /**
     * Refuses nulls, overlapping summary and meter loop codes, an empty set of interval loops and
     * interval lengths that
     * do not divide an hour.
     *
     * @param endOfDayStyle how the last hour of a day is labelled
     * @param intervalLoopCodes PTD01 codes of the loops whose interval data (QTY + DTM*582) is usage
     *     ({@code PM} by default). Interval data in a loop of any other code is reported, never dropped:
     *     {@code PTD*BQ}, which the Pennsylvania/New Jersey/Delaware/Maryland 867 Interval Usage guide
     *     defines as "Account Services Detail" (interval data at the account level, without a meter),
     *     is read only when this set names it; its intervals then belong to the service point, not to
     *     a meter. Account-level and meter-level intervals in one transaction set are refused, since
     *     they would count the same usage twice.
     * @param intervalMinutes interval length (60 for Ameren)
     * @param intervalsIncludeMultiplier whether interval values already include the meter multiplier
     * @param meterLoopCodes PTD01 codes of meter loops ({@code PM}, {@code BO}, {@code PL})
     * @param servicePointQualifier REF01 of the service point in an 867 ({@code LU} by default)
     * @param summaryLoopCodes PTD01 codes of service-point summary loops ({@code SU}, {@code BQ})
     * @param zone the zone of the labels (America/Chicago)
     * @throws InvalidValueException when a setting is meaningless
     */
    public AmerenProfile {
        Objects.requireNonNull(servicePointQualifier, "servicePointQualifier");
        Objects.requireNonNull(endOfDayStyle, "endOfDayStyle");
        summaryLoopCodes = Set.copyOf(summaryLoopCodes);
        meterLoopCodes = Set.copyOf(meterLoopCodes);
        intervalLoopCodes = Set.copyOf(intervalLoopCodes);
        Objects.requireNonNull(zone, "zone");
        if (servicePointQualifier.isEmpty()) {
            throw new InvalidValueException("servicePointQualifier", "a REF01 code", "''");
        }
        if (intervalMinutes <= 0 || 60 % intervalMinutes != 0) {
            throw new InvalidValueException("intervalMinutes", "divisors of 60", intervalMinutes);
        }
        for (String c : summaryLoopCodes) {
            if (meterLoopCodes.contains(c)) {
                throw new InvalidValueException("meterLoopCodes", "codes not in summaryLoopCodes", c);
            }
        }
        if (intervalLoopCodes.isEmpty()) {
            throw new InvalidValueException("intervalLoopCodes", "at least one PTD01 code", "[]");
        }
    }

    /**
     * Whether a PTD01 code is one this profile knows (summary, meter or interval loop).
     *
     * @param code a PTD01 code
     * @return true when the code names a summary, meter or interval loop
     */
    public boolean knowsLoopCode(String code) {
        return summaryLoopCodes.contains(code) || meterLoopCodes.contains(code) || intervalLoopCodes.contains(code);
    }

    /**
     * A copy reading interval data from the loops of these PTD01 codes, for example
     * {@code Set.of("PM", "BQ")} to read account-level {@code PTD*BQ} intervals too. This instance
     * is immutable and unaffected by this method call.
     *
     * @param codes the PTD01 codes whose interval data is usage, not empty
     * @return the copy
     * @throws InvalidValueException when the set is empty
     */
    public AmerenProfile withIntervalLoopCodes(Set<String> codes) {
        return new AmerenProfile(servicePointQualifier, endOfDayStyle, intervalsIncludeMultiplier, summaryLoopCodes,
                meterLoopCodes, intervalMinutes, zone, codes);
    }

    /**
     * The elapsed-hour clock of this profile's zone and interval length: the one implementation of
     * the DTM*582 rule (RES-20), shared by der-edi and der-metering.
     *
     * @return the clock, never null
     */
    public IntervalClock clock() {
        return IntervalClock.of(zone, intervalMinutes);
    }

    /**
     * A copy with another service-point qualifier. This instance is immutable and unaffected by this method call.
     *
     * @param qualifier the REF01 that names the service point in this utility's 867s
     * @return the copy
     */
    public AmerenProfile withServicePointQualifier(String qualifier) {
        return new AmerenProfile(qualifier, endOfDayStyle, intervalsIncludeMultiplier, summaryLoopCodes,
                meterLoopCodes, intervalMinutes, zone, intervalLoopCodes);
    }

    /**
     * A copy with another end-of-day style. This instance is immutable and unaffected by this method call.
     *
     * @param style how this utility labels the last hour of a day
     * @return the copy
     */
    public AmerenProfile withEndOfDayStyle(EndOfDayStyle style) {
        return new AmerenProfile(servicePointQualifier, style, intervalsIncludeMultiplier, summaryLoopCodes,
                meterLoopCodes, intervalMinutes, zone, intervalLoopCodes);
    }

    /**
     * A copy with the multiplier setting flipped or kept. This instance is immutable and unaffected
     * by this method call.
     *
     * @param included whether interval quantities are primary values, the meter multiplier already
     *     applied (the 867 default)
     * @return the copy
     */
    public AmerenProfile withIntervalsIncludeMultiplier(boolean included) {
        return new AmerenProfile(servicePointQualifier, endOfDayStyle, included, summaryLoopCodes,
                meterLoopCodes, intervalMinutes, zone, intervalLoopCodes);
    }

    /**
     * A copy with other loop codes. This instance is immutable and unaffected by this method call.
     *
     * @param summary the PTD01 codes of account-level summary loops
     * @param meter the PTD01 codes of meter loops
     * @return the copy
     */
    public AmerenProfile withLoopCodes(Set<String> summary, Set<String> meter) {
        return new AmerenProfile(servicePointQualifier, endOfDayStyle, intervalsIncludeMultiplier, summary, meter,
                intervalMinutes, zone, intervalLoopCodes);
    }

    /**
     * A copy with another interval length. This instance is immutable and unaffected by this method call.
     *
     * @param minutes the interval length, a divisor of 60 (60 for Ameren's hourly data)
     * @return the copy
     */
    public AmerenProfile withIntervalMinutes(int minutes) {
        return new AmerenProfile(servicePointQualifier, endOfDayStyle, intervalsIncludeMultiplier, summaryLoopCodes,
                meterLoopCodes, minutes, zone, intervalLoopCodes);
    }
}

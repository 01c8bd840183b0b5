package org.derkit.edi;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * What is known, or assumed, of Ameren Illinois' 004010 implementation: the points the public
 * guides leave open are settings here, with Ameren defaults in {@link #DEFAULT}.
 *
 * <p>Interval labels (DTM*582) count elapsed hours from the start of the day in {@link #zone()}:
 * {@code end = startOfDay(date) + HH hours + MM minutes}, {@code start = end - intervalMinutes}.
 * Readers accept both end-of-day styles; {@link #endOfDayLabel()} only decides what writers and
 * generators produce.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param servicePointQualifier REF01 of the service point in an 867 ({@code LU} by default)
 * @param endOfDayLabel how the last hour of a day is labelled
 * @param intervalsIncludeMultiplier whether interval values already include the meter multiplier
 * @param summaryLoopCodes PTD01 codes of service-point summary loops ({@code SU}, {@code BQ})
 * @param meterLoopCodes PTD01 codes of meter loops ({@code PM}, {@code BO}, {@code PL})
 * @param intervalMinutes interval length (60 for Ameren)
 * @param zone the zone of the labels (America/Chicago)
 */
public record AmerenProfile(String servicePointQualifier, EndOfDayLabel endOfDayLabel,
        boolean intervalsIncludeMultiplier, Set<String> summaryLoopCodes, Set<String> meterLoopCodes,
        int intervalMinutes, ZoneId zone) {

    /** Ameren Illinois defaults: LU, 2400 on the day, multiplier applied, SU/BQ and PM/BO/PL, 60 minutes, Chicago. */
    public static final AmerenProfile DEFAULT = new AmerenProfile("LU", EndOfDayLabel.HOUR_24_SAME_DAY, true,
            Set.of("SU", "BQ"), Set.of("PM", "BO", "PL"), 60, ZoneId.of("America/Chicago"));

    /** How the end of the last interval of a day is labelled. */
    public enum EndOfDayLabel {
        /** {@code 2400} (or 2300/2500 on DST days) on the same date: Ameren's default. */
        HOUR_24_SAME_DAY,
        /** {@code 0000} on the next date. */
        HOUR_00_NEXT_DAY
    }

    /** Refuses nulls, overlapping loop codes and interval lengths that do not divide an hour. */
    public AmerenProfile {
        Objects.requireNonNull(servicePointQualifier, "servicePointQualifier");
        Objects.requireNonNull(endOfDayLabel, "endOfDayLabel");
        summaryLoopCodes = Set.copyOf(summaryLoopCodes);
        meterLoopCodes = Set.copyOf(meterLoopCodes);
        Objects.requireNonNull(zone, "zone");
        if (servicePointQualifier.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for servicePointQualifier (valid values a REF01 code): ''");
        }
        if (intervalMinutes <= 0 || 60 % intervalMinutes != 0) {
            throw new IllegalArgumentException("Invalid value for intervalMinutes (valid values divisors of 60): "
                    + intervalMinutes);
        }
        for (String c : summaryLoopCodes) {
            if (meterLoopCodes.contains(c)) {
                throw new IllegalArgumentException("Invalid value for meterLoopCodes (valid values codes not in "
                        + "summaryLoopCodes): " + c);
            }
        }
    }

    /** A copy with another service-point qualifier. This instance is immutable and unaffected by this method call. */
    public AmerenProfile withServicePointQualifier(String qualifier) {
        return new AmerenProfile(qualifier, endOfDayLabel, intervalsIncludeMultiplier, summaryLoopCodes,
                meterLoopCodes, intervalMinutes, zone);
    }

    /** A copy with another end-of-day style. This instance is immutable and unaffected by this method call. */
    public AmerenProfile withEndOfDayLabel(EndOfDayLabel style) {
        return new AmerenProfile(servicePointQualifier, style, intervalsIncludeMultiplier, summaryLoopCodes,
                meterLoopCodes, intervalMinutes, zone);
    }

    /** A copy with the multiplier setting flipped or kept. This instance is immutable and unaffected by this method call. */
    public AmerenProfile withIntervalsIncludeMultiplier(boolean included) {
        return new AmerenProfile(servicePointQualifier, endOfDayLabel, included, summaryLoopCodes,
                meterLoopCodes, intervalMinutes, zone);
    }

    /** A copy with other loop codes. This instance is immutable and unaffected by this method call. */
    public AmerenProfile withLoopCodes(Set<String> summary, Set<String> meter) {
        return new AmerenProfile(servicePointQualifier, endOfDayLabel, intervalsIncludeMultiplier, summary, meter,
                intervalMinutes, zone);
    }

    /** A copy with another interval length. This instance is immutable and unaffected by this method call. */
    public AmerenProfile withIntervalMinutes(int minutes) {
        return new AmerenProfile(servicePointQualifier, endOfDayLabel, intervalsIncludeMultiplier, summaryLoopCodes,
                meterLoopCodes, minutes, zone);
    }
}

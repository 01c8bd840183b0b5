package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.EnrollmentCycle;

/**
 * When an enrollment takes effect at one service point (RES-02, RES FAQ 2): enrollments are
 * effectuated per service point, so the service points of one account can differ.
 *
 * <ul>
 * <li>On-cycle, scalar meter: when the meter is read, on one of the four business days of the
 * billing window ({@link #earliest()} to {@link #latest()}; {@link #exact()} is empty).</li>
 * <li>On-cycle, interval meter: when the meter data is collected, any time of a window day.</li>
 * <li>On-cycle, unmetered load: with the account's billing, on a window day (a lighting service
 * point typically bills on the first day, RES-16).</li>
 * <li>Off-cycle (any reading type): 23:59:59 of the requested date in America/Chicago
 * ({@link #exact()}); for a scalar meter no reading is taken that day and the first period's usage
 * is prorated ({@link #prorated()}).</li>
 * </ul>
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param servicePoint the electric service point
 * @param cycle on-cycle or off-cycle
 * @param basis what sets the moment, in the FAQ's words
 * @param earliest the first day the enrollment can take effect
 * @param latest the last day the enrollment can take effect
 * @param exact the exact moment, when the FAQ gives one (off-cycle)
 * @param prorated whether the first billing period's usage is prorated (off-cycle scalar)
 */
public record EnrollmentEffectiveDate(ServicePointId servicePoint, EnrollmentCycle cycle, Basis basis,
        LocalDate earliest, LocalDate latest, Optional<ZonedDateTime> exact, boolean prorated) {

    /** America/Chicago, where Ameren Illinois' days are counted. */
    public static final ZoneId CHICAGO = org.derkit.model.retail.IntervalClock.CHICAGO;

    /** The end of the requested day: 23:59:59. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /** What sets the effective moment. */
    public enum Basis {
        /** On-cycle scalar: when the meter is read. */
        METER_READ("when the meter is read"),
        /** On-cycle interval: when the meter data is collected, any time of the day. */
        DATA_COLLECTED("when the meter data is collected (any time of the day)"),
        /** On-cycle unmetered: when the account bills. */
        ACCOUNT_BILLS("when the account bills"),
        /** Off-cycle: the very end of the requested day. */
        END_OF_REQUESTED_DAY("23:59:59 of the requested date");

        private final String words;

        Basis(String words) {
            this.words = words;
        }

        /** The basis in words. */
        @Override
        public String toString() {
            return words;
        }
    }

    /**
     * Checks the components.
     *
     * @param servicePoint the electric service point
     * @param cycle on-cycle or off-cycle
     * @param basis what sets the moment, in the FAQ's words
     * @param earliest the first day the enrollment can take effect
     * @param latest the last day the enrollment can take effect
     * @param exact the exact moment, when the FAQ gives one (off-cycle)
     * @param prorated whether the first billing period's usage is prorated (off-cycle scalar)
     * @throws IllegalArgumentException if {@code latest} is before {@code earliest}
     */
    public EnrollmentEffectiveDate {
        Objects.requireNonNull(servicePoint, "servicePoint");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(exact, "exact");
        if (latest.isBefore(earliest)) {
            throw new InvalidValueException("latest effective date", ">= earliest " + earliest, latest);
        }
    }

    /**
     * The off-cycle moment: 23:59:59 of {@code requested} in America/Chicago.
     *
     * @param requested the requested date
     * @return the moment with its offset, never null
     */
    public static ZonedDateTime endOfDay(LocalDate requested) {
        return ZonedDateTime.of(requested, END_OF_DAY, CHICAGO);
    }

    /**
     * The machine-readable value: the exact moment ({@code 2026-01-05T23:59:59-06:00}) or the
     * range of days ({@code 2026-01-05..2026-01-08}).
     *
     * @return the value text, never null
     */
    public String valueText() {
        return exact.map(t -> t.toOffsetDateTime().toString()).orElse(earliest + ".." + latest);
    }

    /** Such as {@code service point 90000001 2026-01-05..2026-01-08 (when the meter is read)}. */
    @Override
    public String toString() {
        return "service point " + servicePoint + " " + valueText() + " (" + basis + (prorated
                ? ", first period prorated" : "") + ")";
    }
}

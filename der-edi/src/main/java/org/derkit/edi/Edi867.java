package org.derkit.edi;

import org.derkit.model.retail.MeterRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.AccountNumber;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.InvalidValueException;

/**
 * An 867 product transfer and resale report as Ameren sends it: interval usage of one service
 * point for one billing period ({@code BPT*00*ref*date*C1}).
 *
 * <p>The header keeps the BPT elements, the N1 parties and the REF segments in file order; the
 * body is a list of PTD loops ({@link UsageLoop}): a service-point summary ({@code PTD*SU}) and one
 * loop per meter ({@code PTD*PM}) with its interval channels. {@link #intervals()} flattens the
 * meters into one {@link IntervalReading} per value for CSV and series code.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param controlNumber ST02
 * @param purpose BPT01 ({@code 00} original, {@code 01} cancellation, {@code 05} replace)
 * @param reference BPT02, the unique report reference
 * @param reportDate BPT03
 * @param reportType BPT04 ({@code C1} interval), may be empty
 * @param parties N1 parties in file order
 * @param references header REF segments in file order (REF*12 account, REF*LU service point, ...)
 * @param loops PTD loops in file order
 * @param originalReference BPT09, the BPT02 of the report a cancellation or replacement applies to
 *     (PA/NJ/DE/MD 867 guides: "echoed from BPT02 of the original transaction"), empty when not sent
 */
public record Edi867(String controlNumber, String purpose, String reference, LocalDate reportDate,
        String reportType, List<Party> parties, List<Reference> references, List<UsageLoop> loops,
        String originalReference) implements Transaction {

    /** What an 867 does with the usage it carries (BPT01, X12 element 353). */
    public enum Purpose {
        /** {@code 00}: new usage. */
        ORIGINAL("00"),
        /** {@code 01}: cancels the whole report named in BPT09; its values are not usage. */
        CANCELLATION("01"),
        /** {@code 05}: replaces the report named in BPT09; its values supersede that report's. */
        REPLACEMENT("05");

        private final String code;

        Purpose(String code) {
            this.code = code;
        }

        /**
         * The BPT01 code.
         *
         * @return {@code 00}, {@code 01} or {@code 05}
         */
        public String code() {
            return code;
        }

        /**
         * The purpose of a BPT01 code.
         *
         * @param code BPT01
         * @return the purpose, empty when the code is none of 00, 01, 05
         */
        public static Optional<Purpose> ofCode(String code) {
            for (Purpose p : values()) {
                if (p.code.equals(code)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * An original report without BPT09.
     *
     * @param controlNumber ST02
     * @param purpose BPT01
     * @param reference BPT02
     * @param reportDate BPT03
     * @param reportType BPT04, may be empty
     * @param parties N1 parties in file order
     * @param references header REF segments in file order
     * @param loops PTD loops in file order
     */
    public Edi867(String controlNumber, String purpose, String reference, LocalDate reportDate, String reportType,
            List<Party> parties, List<Reference> references, List<UsageLoop> loops) {
        this(controlNumber, purpose, reference, reportDate, reportType, parties, references, loops, "");
    }

    /**
     * BPT01 as a purpose. The reader refuses other codes, so a read 867 always has one.
     *
     * @return the purpose
     * @throws InvalidValueException when BPT01 is none of 00, 01, 05 (only for an 867 built by hand)
     */
    public Purpose reportPurpose() {
        return Purpose.ofCode(purpose).orElseThrow(() -> new InvalidValueException("BPT01 purpose of transaction set "
                + "867 " + controlNumber, "00 original, 01 cancellation, 05 replacement", "'" + purpose + "'"));
    }

    /**
     * Whether the intervals of this 867 are new usage: an original report. A cancellation's values
     * are never usage; a replacement's replace the report of {@link #originalReference()}.
     *
     * @return true for BPT01 {@code 00}
     */
    public boolean isOriginal() {
        return purpose.equals(Purpose.ORIGINAL.code());
    }

    /**
     * Refuses nulls; copies the lists.
     *
     * @param controlNumber ST02
     * @param originalReference BPT09, the BPT02 of the report a cancellation or replacement applies to;
     *     empty for an original
     * @param loops PTD loops in file order
     * @param parties N1 parties in file order
     * @param purpose BPT01 ({@code 00} original, {@code 01} cancellation, {@code 05} replace)
     * @param reference BPT02, the unique report reference
     * @param references header REF segments in file order (REF*12 account, REF*LU service point, ...)
     * @param reportDate BPT03
     * @param reportType BPT04 ({@code C1} interval), may be empty
     */
    public Edi867 {
        Objects.requireNonNull(originalReference, "originalReference");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(reportDate, "reportDate");
        Objects.requireNonNull(reportType, "reportType");
        parties = List.copyOf(parties);
        references = List.copyOf(references);
        loops = List.copyOf(loops);
    }

    @Override
    public String transactionSetCode() {
        return "867";
    }

    /**
     * {@return the first header REF02 with this qualifier}
     *
     * @param qualifier the REF01 qualifier, such as {@code 12} for the LDC account
     */
    public Optional<String> referenceValue(String qualifier) {
        for (Reference r : references) {
            if (r.qualifier().equals(qualifier)) {
                return Optional.of(r.value());
            }
        }
        return Optional.empty();
    }

    /** {@return REF*12, the LDC account} */
    public Optional<AccountNumber> account() {
        return referenceValue("12").map(AccountNumber::of);
    }

    /** {@return the service point under the default profile's qualifier ({@code REF*LU})} */
    public Optional<ServicePointId> servicePoint() {
        return servicePoint(AmerenProfile.DEFAULT);
    }

    /**
     * {@return the service point under the profile's qualifier}
     *
     * @param profile the profile naming the service point's REF01 qualifier
     */
    public Optional<ServicePointId> servicePoint(AmerenProfile profile) {
        return referenceValue(profile.servicePointQualifier()).map(ServicePointId::of);
    }

    /**
     * {@return the N1 party with this entity code ({@code 8S} LDC, {@code SJ} supplier)}
     *
     * @param entityCode the N101 entity identifier code
     */
    public Optional<Party> party(String entityCode) {
        for (Party p : parties) {
            if (p.entityCode().equals(entityCode)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** {@return the loops that are meter loops under the default profile (PTD*PM, BO, PL)} */
    public List<UsageLoop> meters() {
        return meters(AmerenProfile.DEFAULT);
    }

    /**
     * {@return the loops that are meter loops under the profile}
     *
     * @param profile the profile naming the PTD01 codes of meter loops
     */
    public List<UsageLoop> meters(AmerenProfile profile) {
        List<UsageLoop> out = new ArrayList<>();
        for (UsageLoop l : loops) {
            if (profile.meterLoopCodes().contains(l.ptdCode())) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The loops whose interval data is usage under the profile ({@link AmerenProfile#intervalLoopCodes()}):
     * meter loops ({@code PTD*PM}) and, when the profile reads them, account-level loops such as
     * {@code PTD*BQ} (no meter number).
     *
     * @param profile the profile naming the interval loop codes
     * @return the loops in file order
     */
    public List<UsageLoop> intervalLoops(AmerenProfile profile) {
        List<UsageLoop> out = new ArrayList<>();
        for (UsageLoop l : loops) {
            if (profile.intervalLoopCodes().contains(l.ptdCode())) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The service-point summary loop (PTD*SU) under the default profile, if any.
     *
     * @return the first summary loop that is not an interval loop
     */
    public Optional<UsageLoop> summary() {
        return summary(AmerenProfile.DEFAULT);
    }

    /**
     * The service-point summary loop under the profile: the first loop whose PTD01 is a summary code
     * and not an interval loop code.
     *
     * @param profile the profile naming the loop codes
     * @return the summary loop, if any
     */
    public Optional<UsageLoop> summary(AmerenProfile profile) {
        for (UsageLoop l : loops) {
            if (profile.summaryLoopCodes().contains(l.ptdCode()) && !profile.intervalLoopCodes().contains(l.ptdCode())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** {@return the period start: DTM*150 of the summary loop, else of the first loop that has one} */
    public Optional<LocalDate> periodStart() {
        Optional<LocalDate> d = summary().flatMap(UsageLoop::periodStart);
        for (int i = 0; d.isEmpty() && i < loops.size(); i++) {
            d = loops.get(i).periodStart();
        }
        return d;
    }

    /** {@return the period end: DTM*151 of the summary loop, else of the first loop that has one} */
    public Optional<LocalDate> periodEnd() {
        Optional<LocalDate> d = summary().flatMap(UsageLoop::periodEnd);
        for (int i = 0; d.isEmpty() && i < loops.size(); i++) {
            d = loops.get(i).periodEnd();
        }
        return d;
    }

    /** {@return how many interval values the transaction holds} */
    public int intervalCount() {
        int n = 0;
        for (UsageLoop l : loops) {
            n += l.intervalCount();
        }
        return n;
    }

    /**
     * {@return every interval value of every meter, under the default profile: file order, meter
     * order, time order}
     */
    public List<IntervalReading> intervals() {
        return intervals(AmerenProfile.DEFAULT);
    }

    /**
     * Every interval value of every interval loop ({@link #intervalLoops}): loops in file order,
     * channels in order, values in file order. Each reading carries service point, meter (null for
     * account-level loops such as {@code PTD*BQ}), role, multiplier, unit, quality, exact value, raw
     * label and period.
     *
     * @param profile the profile naming the interval loops, the service-point qualifier and the
     * multiplier convention
     * @return one reading per interval value
     */
    public List<IntervalReading> intervals(AmerenProfile profile) {
        ServicePointId sp = servicePoint(profile).orElse(null);
        List<IntervalReading> out = new ArrayList<>(intervalCount());
        for (UsageLoop loop : intervalLoops(profile)) {
            MeterNumber meter = loop.meterNumber().orElse(null);
            MeterRole role = loop.role();
            BigDecimal multiplier = loop.multiplier();
            LocalDate start = loop.periodStart().or(this::periodStart).orElse(null);
            LocalDate end = loop.periodEnd().or(this::periodEnd).orElse(null);
            for (IntervalChannel c : loop.channels()) {
                for (int i = 0; i < c.size(); i++) {
                    BigDecimal v = c.value(i);
                    BigDecimal billing = profile.intervalsIncludeMultiplier() ? v : v.multiply(multiplier);
                    out.add(new IntervalReading(sp, meter, role, multiplier, c.unit(), c.quality(i), v, billing,
                            c.labelDateText(i), c.labelTimeText(i), c.timeCode(i), c.intervalStart(i),
                            c.intervalEnd(i), profile.zone(), start, end));
                }
            }
        }
        return out;
    }
}

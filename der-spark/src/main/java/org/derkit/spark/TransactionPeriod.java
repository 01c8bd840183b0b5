package org.derkit.spark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.derkit.edi.AmerenProfile;
import org.derkit.edi.Edi867;
import org.derkit.edi.IntervalChannel;
import org.derkit.edi.UsageLoop;
import org.derkit.metering.Multiplier;
import org.derkit.metering.ReconstructedPeriod;
import org.derkit.metering.TransactionSetId;
import org.derkit.metering.TransactionUsage;
import org.derkit.metering.UsageProblem;
import org.derkit.metering.UsageReadException;
import org.derkit.metering.UsageReader;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;

/**
 * One 867 transaction set as der-metering's {@link UsageReader} reconstructs it: the billing period
 * with true interval instants, plus what the rows carry beside it (purpose, reference, multipliers);
 * or, for a cancellation that repeats no usage, its header alone.
 */
final class TransactionPeriod {

    final Edi867 transaction;
    final String purpose;
    final ServicePointId servicePoint;
    /** DTM*150 and DTM*151, null when a cancellation without interval values does not send them. */
    final LocalDate periodStart;
    final LocalDate periodEnd;
    /** The reconstructed period, null for a cancellation without interval values. */
    final ReconstructedPeriod period;
    final Map<String, BigDecimal> multipliers;

    private TransactionPeriod(Edi867 transaction, String purpose, ServicePointId servicePoint, LocalDate periodStart,
            LocalDate periodEnd, ReconstructedPeriod period, Map<String, BigDecimal> multipliers) {
        this.transaction = transaction;
        this.purpose = purpose;
        this.servicePoint = servicePoint;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.period = period;
        this.multipliers = multipliers;
    }

    /** A problem of one transaction set: its message names the transaction set and what is wrong. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message, null, false, false);
        }
    }

    static String key(MeterNumber meter, org.derkit.model.retail.MeterUnit unit) {
        return meter.value() + "\u0000" + unit.x12Code();
    }

    /** BPT01 as a purpose name, or null when the code is none of 00, 01, 05. */
    static String purpose(String bpt01) {
        switch (bpt01) {
            case "00":
                return IntervalColumns.ORIGINAL;
            case "01":
                return IntervalColumns.CANCELLATION;
            case "05":
                return IntervalColumns.REPLACEMENT;
            default:
                return null;
        }
    }

    /**
     * Turns one transaction set into usage through der-metering's {@link UsageReader} (the one
     * 867-to-usage path of derkit), keeping what the rows carry beside it.
     *
     * @param usage the reader whose rules apply (profile, reconstruction)
     * @param id the transaction set's control numbers
     * @param sender ISA06 of its interchange
     * @param source the file, for messages
     * @throws Problem naming the transaction set and the reason: der-metering's problems, each with
     *         its code and location
     */
    static TransactionPeriod of(Edi867 t, TransactionSetId id, String sender, String source, UsageReader usage)
            throws Problem {
        AmerenProfile profile = usage.profile();
        String where = "transaction set 867 " + id.transactionControlNumber() + " (interchange "
                + id.interchangeControlNumber() + ")";
        String purpose = purpose(t.purpose());
        if (purpose == null) {
            throw new Problem("BPT01 purpose code '" + t.purpose() + "' is not 00 (original), 01 (cancellation) or "
                    + "05 (replacement) in " + where);
        }
        ServicePointId sp = t.servicePoint(profile).orElseThrow(() -> new Problem("no service point (REF*"
                + profile.servicePointQualifier() + ") in " + where));
        if (purpose.equals(IntervalColumns.CANCELLATION) && t.meters(profile).stream()
                .allMatch(loop -> loop.channels().isEmpty())) {
            // a cancellation need not repeat the usage it cancels: its header is what stitching applies
            return new TransactionPeriod(t, purpose, sp, t.periodStart().orElse(null), t.periodEnd().orElse(null), null,
                    Map.of());
        }
        TransactionUsage read;
        try {
            read = usage.usageOf(t, id, sender, source);
        } catch (UsageReadException e) {
            StringBuilder s = new StringBuilder();
            List<UsageProblem> problems = e.problems();
            int shown = Math.min(problems.size(), 5);
            for (int i = 0; i < shown; i++) {
                s.append(i == 0 ? "" : "; ").append(problems.get(i).code()).append(": ")
                        .append(problems.get(i).message());
            }
            if (problems.size() > shown) {
                s.append("; and ").append(problems.size() - shown).append(" more");
            }
            throw new Problem(s.toString());
        }
        // the multiplier column: MEA**MU of each meter loop, as der-metering read it
        Map<String, BigDecimal> multipliers = new HashMap<>();
        for (UsageLoop loop : t.loops()) {
            if (!profile.intervalLoopCodes().contains(loop.ptdCode()) || loop.meterNumber().isEmpty()) {
                continue;
            }
            BigDecimal multiplier = Multiplier.of(loop.multiplier()).value();
            for (IntervalChannel ch : loop.channels()) {
                multipliers.put(key(loop.meterNumber().get(), ch.unit()), multiplier);
            }
        }
        ReconstructedPeriod period = read.hasPeriod() ? read.period() : null;
        if (period == null || period.meters().isEmpty()) {
            // usage without meter series (a cancellation, as der-metering may deliver it): the header row
            return new TransactionPeriod(t, purpose, sp, t.periodStart().orElse(null), t.periodEnd().orElse(null), null,
                    Map.of());
        }
        return new TransactionPeriod(t, purpose, sp, period.period().start(), period.period().end(), period,
                multipliers);
    }
}

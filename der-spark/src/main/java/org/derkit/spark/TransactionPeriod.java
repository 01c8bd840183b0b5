package org.derkit.spark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.derkit.edi.AmerenProfile;
import org.derkit.edi.Edi867;
import org.derkit.edi.IntervalChannel;
import org.derkit.model.retail.ReadingQuality;
import org.derkit.edi.UsageLoop;
import org.derkit.model.retail.IntervalLabel;
import org.derkit.metering.IntervalReconstructor;
import org.derkit.metering.MeterChannel;
import org.derkit.metering.MeteringException;
import org.derkit.metering.MeteringProblem;
import org.derkit.metering.Multiplier;
import org.derkit.metering.ReconstructedPeriod;
import org.derkit.metering.UsageReport;
import org.derkit.model.InvalidValueException;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingPeriod;

/**
 * One 867 transaction set as der-metering reconstructs it: the billing period with true interval
 * instants, plus what the rows carry beside it (purpose, reference, multipliers).
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
     * Reads and reconstructs one transaction set.
     *
     * @param where the transaction set's location for messages, such as {@code transaction set 867 0001 (interchange 000000001)}
     * @throws Problem naming the transaction set and the reason
     */
    static TransactionPeriod of(Edi867 t, String where, AmerenProfile profile,
            IntervalReconstructor reconstructor) throws Problem {
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
        LocalDate start = t.periodStart().orElseThrow(() -> new Problem("no billing period start (DTM*150) in " + where));
        LocalDate end = t.periodEnd().orElseThrow(() -> new Problem("no billing period end (DTM*151) in " + where));
        BillingPeriod period;
        try {
            period = new BillingPeriod(start, end);
        } catch (InvalidValueException e) {
            throw new Problem("billing period (DTM*150, DTM*151): " + e.getMessage() + " in " + where);
        }
        List<MeterChannel> channels = new ArrayList<>();
        Map<String, BigDecimal> multipliers = new HashMap<>();
        int meterLoops = 0;
        for (UsageLoop loop : t.meters(profile)) {
            meterLoops++;
            int number = meterLoops;
            MeterNumber meter = loop.meterNumber().orElseThrow(() -> new Problem("PTD*" + loop.ptdCode()
                    + " meter loop " + number + " has no meter number (REF*MG) in " + where));
            Multiplier multiplier;
            try {
                multiplier = Multiplier.of(loop.multiplier());
            } catch (InvalidValueException e) {
                throw new Problem("meter " + meter + " MEA**MU: " + e.getMessage() + " in " + where);
            }
            for (IntervalChannel ch : loop.channels()) {
                MeterChannel.Builder b = MeterChannel.builder(meter, loop.role(), ch.unit())
                        .multiplier(multiplier, profile.intervalsIncludeMultiplier());
                for (int i = 0; i < ch.size(); i++) {
                    try {
                        boolean estimated = ch.quality(i) == ReadingQuality.ESTIMATED;
                        if (ch.isCompact(i)) {
                            int hhmm = ch.labelHhmm(i);
                            b.addUnscaled(ch.labelDate(i).toEpochDay(), hhmm / 100 * 60 + hhmm % 100,
                                    ch.unscaledValue(i), ch.scale(i), estimated, 0);
                        } else {
                            b.add(IntervalLabel.parse(ch.labelDate(i), ch.labelTimeText(i)), ch.value(i),
                                    estimated ? ReadingQuality.ESTIMATED : ReadingQuality.ACTUAL);
                        }
                    } catch (InvalidValueException e) {
                        throw new Problem("meter " + meter + " " + ch.unit().symbol() + " value " + (i + 1) + " (DTM*582 "
                                + ch.labelDateText(i) + " " + ch.labelTimeText(i) + "): " + e.getMessage() + " in "
                                + where);
                    }
                }
                channels.add(b.build());
                multipliers.put(key(meter, ch.unit()), multiplier.value());
            }
        }
        if (channels.isEmpty()) {
            throw new Problem("no interval values in a meter loop (PTD*" + String.join("/", profile.meterLoopCodes())
                    + " with QTY and DTM*582) in " + where);
        }
        ReconstructedPeriod reconstructed;
        try {
            reconstructed = reconstructor.reconstruct(new UsageReport(sp, period, where, channels));
        } catch (MeteringException e) {
            StringBuilder s = new StringBuilder();
            List<MeteringProblem> problems = e.problems();
            int shown = Math.min(problems.size(), 5);
            for (int i = 0; i < shown; i++) {
                s.append(i == 0 ? "" : "; ").append(problems.get(i).kind()).append(": ").append(problems.get(i).message());
            }
            if (problems.size() > shown) {
                s.append("; and ").append(problems.size() - shown).append(" more");
            }
            throw new Problem(s.toString());
        }
        return new TransactionPeriod(t, purpose, sp, start, end, reconstructed, multipliers);
    }
}

package org.derkit.metering;

import org.derkit.model.retail.ReadingQuality;
import org.derkit.model.retail.IntervalClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingPeriod;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;

/** Small builders shared by the tests. */
final class Fixtures {

    static final ServicePointId SP = ServicePointId.of("90000001");
    static final MeterNumber M1 = MeterNumber.of("7000001");
    static final MeterNumber M2 = MeterNumber.of("7000002");

    private Fixtures() {
    }

    /** The times 0100 ... HH00 of one day. */
    static String[] hours(int first, int last) {
        String[] t = new String[last - first + 1];
        for (int h = first; h <= last; h++) {
            t[h - first] = String.format("%02d00", h);
        }
        return t;
    }

    /** A channel of one day, value i+1 for the i-th label (kWh, actual). */
    static MeterChannel.Builder channel(MeterNumber meter, MeterRole role, LocalDate date, String... times) {
        MeterChannel.Builder b = MeterChannel.builder(meter, role, MeterUnit.KWH);
        for (int i = 0; i < times.length; i++) {
            b.add(date, times[i], BigDecimal.valueOf(i + 1), ReadingQuality.ACTUAL);
        }
        return b;
    }

    static UsageReport report(LocalDate start, LocalDate end, MeterChannel... channels) {
        return new UsageReport(SP, new BillingPeriod(start, end), "test.x12", List.of(channels));
    }

    static String fmt(java.time.Instant t) {
        return IntervalClock.ameren().format(t);
    }
}

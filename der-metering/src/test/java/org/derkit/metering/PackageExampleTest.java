package org.derkit.metering;

import org.derkit.model.retail.ReadingQuality;
import org.derkit.model.retail.IntervalClock;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingPeriod;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.junit.jupiter.api.Test;

/** The example of the package documentation, run. */
class PackageExampleTest {

    @Test
    void RES_20_package_example_reconstructs_the_first_one_oclock_hour_and_writes_the_series() {
        MeterChannel meter = MeterChannel.builder(MeterNumber.of("7000001"), MeterRole.ADDITIVE, MeterUnit.KWH)
                .add(LocalDate.of(2024, 11, 3), "0200", new BigDecimal("1.5"), ReadingQuality.ACTUAL)
                .build();
        UsageReport report = new UsageReport(ServicePointId.of("90000001"),
                new BillingPeriod(LocalDate.of(2024, 11, 3), LocalDate.of(2024, 12, 2)), "a.x12", List.of(meter));
        ReconstructedPeriod period = IntervalReconstructor.ameren().reconstruct(report);
        assertEquals("2024-11-03T01:00-05:00", IntervalClock.ameren().format(period.meters().get(0).start(0)));
        ServicePointUsage usage = Stitcher.stitch(List.of(period));
        StringBuilder out = new StringBuilder();
        MeteringCsv.writeUsageSeries(out, List.of(usage), IntervalClock.ameren());
        assertEquals("service_point,unit,interval_start,interval_end,value,parts\n"
                + "90000001,kWh,2024-11-03T01:00-05:00,2024-11-03T01:00-06:00,1.5,1\n", out.toString());
    }
}

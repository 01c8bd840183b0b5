package org.derkit.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.derkit.metering.RetailMeterData;
import org.derkit.metering.TransactionUsage;
import org.derkit.metering.UsageReader;
import org.derkit.model.AccountNumber;
import org.derkit.model.Energy;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingPeriod;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.ServicePointMeterData;
import org.derkit.rules.Outcome;
import org.derkit.rules.book.MeterData;
import org.derkit.rules.book.MeterDataRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** der-metering's adapter from 867 usage to the facts of RES-17 to RES-25, on the bundled 867 files. */
class RetailMeterDataTest {

    private static final ServicePointId SP = ServicePointId.of("90000000");

    @TempDir
    Path dir;

    private List<ServicePointMeterData> read(List<Path> files) throws IOException {
        return RetailMeterData.of(UsageReader.ameren().readAll(files));
    }

    private static BigDecimal sum(List<TransactionUsage> usage, int i, String meter) {
        return usage.get(i).transaction().meters().stream()
                .filter(l -> l.meterNumber().orElseThrow().value().equals(meter))
                .map(l -> l.channels().get(0).sum()).findFirst().orElseThrow();
    }

    @Test
    void should_state_each_867s_meters_total_day_and_shared_hour_when_the_bundled_files_are_read() throws IOException {
        List<Path> files = BundledData.copyUsageFiles(dir);
        List<TransactionUsage> usage = UsageReader.ameren().readAll(files);
        List<ServicePointMeterData> data = RetailMeterData.of(usage);
        assertEquals(3, data.size());
        ServicePointMeterData march = data.get(0);
        assertEquals(SP, march.servicePoint());
        assertEquals(new BillingPeriod(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 11)), march.period());
        assertEquals(Optional.of(AccountNumber.of("1000000000")), march.account());
        assertEquals(List.of(SP), march.billingServicePoints(), "one 867 in the account's billing of that period");
        assertEquals(Optional.empty(), march.accountServicePoints());
        assertEquals(List.of(
                new ServicePointMeterData.MeterEnergy(MeterNumber.of("7000000"), MeterRole.ADDITIVE,
                        Energy.ofKilowattHours(sum(usage, 0, "7000000"))),
                new ServicePointMeterData.MeterEnergy(MeterNumber.of("7000001"), MeterRole.SUBTRACTIVE,
                        Energy.ofKilowattHours(sum(usage, 0, "7000001")))), march.meters());
        assertEquals(0, march.statedTotal().orElseThrow().value()
                .compareTo(sum(usage, 0, "7000000").subtract(sum(usage, 0, "7000001"))), "PTD*SU is the net");
        assertEquals(Optional.of(LocalDate.of(2026, 3, 8)), march.intervalDay());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 11)), data.get(1).intervalDay());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 1)), data.get(2).intervalDay());
        ServicePointMeterData.SharedHour hour = march.splitHour().orElseThrow();
        assertEquals("2026-03-11T14:00-05:00[America/Chicago]", hour.start().toString());
        assertEquals(0, hour.endingPeriodPart().value().add(hour.nextPeriodPart().value())
                .compareTo(new BigDecimal("56.39")), hour.toString());
        assertEquals(march.splitHour(), data.get(1).splitHour(), "the next period sees the same hour");
        assertEquals(Optional.empty(), data.get(2).splitHour());
    }

    @Test
    void should_count_a_second_867_of_a_period_and_the_accounts_other_service_points() throws IOException {
        List<Path> files = BundledData.copyUsageFiles(dir);
        Path again = dir.resolve("again.x12");
        Files.copy(files.get(0), again);
        List<ServicePointMeterData> twice = read(List.of(files.get(0), again));
        assertEquals(List.of(SP, SP), twice.get(0).billingServicePoints());
        assertEquals(Outcome.FAIL, MeterDataRules.RES_17.evaluate(MeterData.of(twice.get(0))).outcome());
        ServicePointMeterData once = read(List.of(files.get(0))).get(0);
        assertEquals(Outcome.PASS, MeterDataRules.RES_17.evaluate(MeterData.of(once)).outcome());
        assertEquals(Outcome.FAIL, MeterDataRules.RES_17.evaluate(MeterData.of(
                once.withAccountServicePoints(List.of(SP, ServicePointId.of("90000001"))))).outcome());
        assertEquals(Outcome.PASS, MeterDataRules.RES_18.evaluate(MeterData.of(once)).outcome());
    }
}

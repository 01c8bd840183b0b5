package org.derkit.rules.book;

import org.derkit.model.retail.DeliveryVoltageLevel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.Energy;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingPeriod;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.ServicePointMeterData;
import org.derkit.rules.Finding;
import org.derkit.rules.Outcome;
import org.junit.jupiter.api.Test;

class MeterDataRulesTest {

    private static final long SEED = Long.getLong("QT_SEED", 20240415L);
    private static final ServicePointId MAIN = ServicePointId.of("90000001");
    private static final ServicePointId LIGHTS = ServicePointId.of("90000002");

    private static Energy kwh(String v) {
        return Energy.ofKilowattHours(new BigDecimal(v));
    }

    private static MeterUsage meter(String number, MeterRole role, String kwh) {
        return new MeterUsage(MeterNumber.of(number), role, kwh(kwh));
    }

    private static ReportedServicePointUsage usage(ServicePointId sp, String stated, MeterUsage... meters) {
        return new ReportedServicePointUsage(sp, List.of(meters), Optional.ofNullable(stated).map(MeterDataRulesTest::kwh));
    }

    // ------------------------------------------------------------------------------ RES-17

    @Test
    void RES_17_one_867_per_service_point_whatever_the_number_of_meters() {
        AccountBillingUsage billing = new AccountBillingUsage(List.of(MAIN, LIGHTS), List.of(
                usage(MAIN, null, meter("7000001", MeterRole.ADDITIVE, "10"), meter("7000002", MeterRole.ADDITIVE, "5")),
                usage(LIGHTS, null)));
        assertEquals(0, billing.deviations());
        assertEquals(Outcome.PASS, MeterDataRules.RES_17.evaluate(MeterData.NONE.withBilling(billing)).outcome());
    }

    @Test
    void RES_17_a_missing_or_repeated_or_foreign_867_fails() {
        AccountBillingUsage missing = new AccountBillingUsage(List.of(MAIN, LIGHTS), List.of(usage(MAIN, null)));
        Finding f = MeterDataRules.RES_17.evaluate(MeterData.NONE.withBilling(missing));
        assertEquals(Outcome.FAIL, f.outcome());
        assertEquals("service points without exactly one 867 1 > 0 (FAQ 18)", f.explanation());
        AccountBillingUsage twice = new AccountBillingUsage(List.of(MAIN), List.of(usage(MAIN, null), usage(MAIN, null)));
        assertEquals(1, twice.deviations());
        AccountBillingUsage foreign = new AccountBillingUsage(List.of(MAIN), List.of(usage(MAIN, null),
                usage(ServicePointId.of("90000009"), null)));
        assertEquals(1, foreign.deviations());
        assertEquals(Outcome.INSUFFICIENT_DATA, MeterDataRules.RES_17.evaluate(MeterData.NONE).outcome());
    }

    private static final ZonedDateTime SPLIT_START = ZonedDateTime.parse("2026-01-07T23:00-06:00[America/Chicago]");

    /** One 867 of MAIN, of one additive meter, in a billing of {@code billed} service points. */
    private static ServicePointMeterData file867(List<ServicePointId> billed, Optional<List<ServicePointId>> account) {
        return new ServicePointMeterData(MAIN, new BillingPeriod(LocalDate.parse("2025-12-08"),
                LocalDate.parse("2026-01-07")), Optional.empty(), billed, account,
                List.of(new ServicePointMeterData.MeterEnergy(MeterNumber.of("7000001"), MeterRole.ADDITIVE, kwh("100"))),
                Optional.of(kwh("100")), Optional.empty(),
                Optional.of(new ServicePointMeterData.SharedHour(SPLIT_START, kwh("1.5"), kwh("2.5"))),
                Optional.empty(), Optional.empty());
    }

    @Test
    void RES_17_an_867_counts_against_the_account_s_service_points_or_else_those_with_an_867_in_the_billing() {
        MeterData billed = MeterData.of(file867(List.of(MAIN, LIGHTS), Optional.empty()));
        AccountBillingUsage billing = billed.billing().orElseThrow();
        assertEquals(List.of(MAIN, LIGHTS), billing.electricServicePoints());
        assertEquals(List.of(MAIN, LIGHTS), billing.transactions().stream().map(ReportedServicePointUsage::servicePoint)
                .toList());
        ReportedServicePointUsage own = billed.servicePointUsage().orElseThrow();
        assertEquals(usage(MAIN, "100", meter("7000001", MeterRole.ADDITIVE, "100")), own);
        assertEquals(own, billing.transactions().get(0));
        assertEquals(List.of(), billing.transactions().get(1).meters(), "another service point's 867 is only counted");
        assertEquals(Outcome.PASS, MeterDataRules.RES_17.evaluate(billed).outcome());
        assertEquals(Outcome.FAIL, MeterDataRules.RES_17.evaluate(MeterData.of(file867(List.of(MAIN, MAIN),
                Optional.empty()))).outcome(), "a second 867 for one service point");
        assertEquals(Outcome.FAIL, MeterDataRules.RES_17.evaluate(MeterData.of(file867(List.of(MAIN),
                Optional.of(List.of(MAIN, LIGHTS))))).outcome(), "a stated service point without an 867");
        assertEquals(Outcome.PASS, MeterDataRules.RES_17.evaluate(MeterData.of(file867(List.of(MAIN),
                Optional.of(List.of(MAIN))))).outcome());
        assertEquals(Optional.of(new SplitBillingHour(SPLIT_START, kwh("1.5"), kwh("2.5"))), billed.splitHour());
    }

    // ------------------------------------------------------------------------------ RES-18

    @Test
    void RES_18_net_is_additive_minus_subtractive_exactly() {
        ReportedServicePointUsage u = usage(MAIN, "120.625", meter("7000001", MeterRole.ADDITIVE, "100.25"),
                meter("7000002", MeterRole.ADDITIVE, "50.5"), meter("7000003", MeterRole.SUBTRACTIVE, "30.125"));
        assertEquals(0, u.netUsage().value().compareTo(new BigDecimal("120.625")));
        assertEquals(Outcome.PASS, MeterDataRules.RES_18.evaluate(MeterData.NONE.withServicePointUsage(u)).outcome());
    }

    @Test
    void RES_18_a_stated_total_one_thousandth_off_either_way_fails() {
        MeterUsage[] meters = {meter("7000001", MeterRole.ADDITIVE, "100.25"),
            meter("7000003", MeterRole.SUBTRACTIVE, "30.125")};
        assertEquals(Outcome.FAIL, MeterDataRules.RES_18.evaluate(MeterData.NONE.withServicePointUsage(
                usage(MAIN, "70.124", meters))).outcome());
        assertEquals(Outcome.PASS, MeterDataRules.RES_18.evaluate(MeterData.NONE.withServicePointUsage(
                usage(MAIN, "70.125", meters))).outcome());
        assertEquals(Outcome.FAIL, MeterDataRules.RES_18.evaluate(MeterData.NONE.withServicePointUsage(
                usage(MAIN, "70.126", meters))).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, MeterDataRules.RES_18.evaluate(MeterData.NONE.withServicePointUsage(
                usage(MAIN, null, meters))).outcome());
    }

    @Test
    void RES_18_a_failing_finding_names_the_stated_total_and_the_meters_net_exactly() {
        MeterUsage[] meters = {meter("7000001", MeterRole.ADDITIVE, "100.25"),
            meter("7000003", MeterRole.SUBTRACTIVE, "30.125")};
        Finding more = MeterDataRules.RES_18.evaluate(MeterData.NONE.withServicePointUsage(usage(MAIN, "70.126", meters)));
        assertEquals("stated service point usage (PTD*SU) 70.126 kWh != additive minus subtractive meters 70.125 kWh"
                + " (the 867 states 0.001 kWh more) (FAQ 19)", more.explanation());
        assertEquals(List.of("stated service point usage (PTD*SU)", "additive minus subtractive meters"),
                more.measurements().stream().map(m -> m.input()).toList());
        Finding less = MeterDataRules.RES_18.evaluate(MeterData.NONE.withServicePointUsage(usage(MAIN, "60", meters)));
        assertEquals("stated service point usage (PTD*SU) 60 kWh != additive minus subtractive meters 70.125 kWh"
                + " (the 867 states 10.125 kWh less) (FAQ 19)", less.explanation());
        Finding pass = MeterDataRules.RES_18.evaluate(MeterData.NONE.withServicePointUsage(usage(MAIN, "70.1250",
                meters)));
        assertEquals("stated service point usage (PTD*SU) 70.1250 kWh = additive minus subtractive meters 70.125 kWh"
                + " (FAQ 19)", pass.explanation());
        Finding unknown = MeterDataRules.RES_18.evaluate(MeterData.NONE.withServicePointUsage(usage(MAIN, null, meters)));
        assertEquals(List.of("stated service point usage (PTD*SU)"), unknown.missingInputs());
        assertEquals(List.of("stated service point usage minus net of meters at least 0 kWh (inclusive)",
                "stated service point usage minus net of meters at most 0 kWh (inclusive)"),
                MeterDataRules.RES_18.limits().stream().map(Object::toString).toList());
    }

    @Test
    void RES_18_net_may_be_negative() {
        ReportedServicePointUsage u = usage(MAIN, "-5", meter("7000001", MeterRole.ADDITIVE, "10"),
                meter("7000003", MeterRole.SUBTRACTIVE, "15"));
        assertEquals(0, u.netUsage().value().compareTo(new BigDecimal("-5")));
        assertEquals(Outcome.PASS, MeterDataRules.RES_18.evaluate(MeterData.NONE.withServicePointUsage(u)).outcome());
    }

    @Test
    void RES_18_net_equals_sum_of_additive_minus_sum_of_subtractive_for_any_meters() {
        qt().withFixedSeed(SEED).forAll(longs().between(-10_000_000L, 10_000_000L),
                longs().between(0, 10_000_000L), longs().between(0, 10_000_000L))
                .checkAssert((a, b, s) -> {
                    ReportedServicePointUsage u = usage(MAIN, null,
                            meter("1", MeterRole.ADDITIVE, BigDecimal.valueOf(a, 3).toPlainString()),
                            meter("2", MeterRole.SUBTRACTIVE, BigDecimal.valueOf(s, 3).toPlainString()),
                            meter("3", MeterRole.ADDITIVE, BigDecimal.valueOf(b, 4).toPlainString()));
                    BigDecimal expected = BigDecimal.valueOf(a, 3).add(BigDecimal.valueOf(b, 4))
                            .subtract(BigDecimal.valueOf(s, 3));
                    assertEquals(0, u.netUsage().value().compareTo(expected), u.meters().toString());
                });
    }

    // ------------------------------------------------------------------------------ RES-20

    @Test
    void RES_20_dst_days_of_2024_and_2025_have_23_and_25_hours() {
        assertEquals(23, LocalDayHours.chicago(LocalDate.parse("2024-03-10")).hours());
        assertEquals(25, LocalDayHours.chicago(LocalDate.parse("2024-11-03")).hours());
        assertEquals(23, LocalDayHours.chicago(LocalDate.parse("2025-03-09")).hours());
        assertEquals(25, LocalDayHours.chicago(LocalDate.parse("2025-11-02")).hours());
        assertEquals(24, LocalDayHours.chicago(LocalDate.parse("2025-03-10")).hours());
    }

    @Test
    void RES_20_spring_forward_value_labelled_0200_ends_at_0300_cdt() {
        LocalDayHours h = LocalDayHours.chicago(LocalDate.parse("2025-03-09"));
        assertEquals("2025-03-09T01:00-06:00", h.valueEnd(1).toOffsetDateTime().toString());
        assertEquals("2025-03-09T03:00-05:00", h.valueEnd(2).toOffsetDateTime().toString());
        assertEquals("2025-03-09T04:00-05:00", h.valueEnd(3).toOffsetDateTime().toString());
        assertEquals("2025-03-10T00:00-05:00", h.valueEnd(23).toOffsetDateTime().toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.valueEnd(24));
        assertEquals("Invalid value for value number on 2025-03-09 (valid values 1..23): 24", e.getMessage());
    }

    @Test
    void RES_20_fall_back_value_labelled_0300_ends_at_the_second_0200() {
        LocalDayHours h = LocalDayHours.chicago(LocalDate.parse("2024-11-03"));
        assertEquals("2024-11-03T01:00-05:00", h.valueEnd(1).toOffsetDateTime().toString());
        assertEquals("2024-11-03T01:00-06:00", h.valueEnd(2).toOffsetDateTime().toString());
        assertEquals("2024-11-03T02:00-06:00", h.valueEnd(3).toOffsetDateTime().toString());
        assertEquals("2024-11-03T01:00-05:00", h.valueStart(2).toOffsetDateTime().toString());
        assertEquals("2024-11-04T00:00-06:00", h.valueEnd(25).toOffsetDateTime().toString());
    }

    @Test
    void RES_20_finding_reports_the_hours_and_the_mapping() {
        Finding f = MeterDataRules.RES_20.evaluate(MeterData.NONE.withIntervalDay(LocalDate.parse("2025-11-02")));
        assertEquals(Outcome.VALUE, f.outcome());
        assertEquals(Optional.of("25"), f.value());
        assertTrue(f.explanation().startsWith("hours in the local day 2025-11-02 has 25 hours; value n ends n elapsed "
                + "hours after local midnight: value 1 ends 2025-11-02T01:00-05:00, value 2 ends 2025-11-02T01:00-06:00"),
                f.explanation());
        assertEquals(Outcome.INSUFFICIENT_DATA, MeterDataRules.RES_20.evaluate(MeterData.NONE).outcome());
    }

    @Test
    void RES_20_every_day_1970_to_2100_has_hours_that_end_on_the_next_local_midnight() {
        qt().withFixedSeed(SEED).forAll(integers().between(0, 47_846).map(i -> LocalDate.of(1970, 1, 1).plusDays(i)))
                .describedAs(LocalDate::toString)
                .checkAssert(day -> {
                    LocalDayHours h = LocalDayHours.chicago(day);
                    assertTrue(h.hours() >= 23 && h.hours() <= 25);
                    assertEquals(day.plusDays(1).atStartOfDay(EnrollmentEffectiveDate.CHICAGO),
                            h.valueEnd(h.hours()));
                    for (int n = 2; n <= h.hours(); n++) {
                        assertEquals(Duration.ofHours(1),
                                Duration.between(h.valueEnd(n - 1).toInstant(), h.valueEnd(n).toInstant()));
                    }
                });
    }

    // ------------------------------------------------------------------------------ RES-21

    @Test
    void RES_21_split_hour_at_1430_sums_both_parts_exactly() {
        SplitBillingHour s = new SplitBillingHour(ZonedDateTime.parse("2025-10-31T14:00-05:00[America/Chicago]"), kwh("12.5"),
                kwh("17.5"));
        assertEquals(0, s.total().value().compareTo(new BigDecimal("30.0")));
        Finding f = MeterDataRules.RES_21.evaluate(MeterData.NONE.withSplitHour(s));
        assertEquals(Optional.of("30.0"), f.value());
        assertTrue(f.explanation().startsWith("stitched hour usage 30.0 kWh from split hour hour "
                + "2025-10-31T14:00-05:00: 12.5 kWh + 17.5 kWh = 30.0 kWh"), f.explanation());
    }

    @Test
    void RES_21_parts_always_sum_exactly() {
        qt().withFixedSeed(SEED).forAll(longs().between(0, 1_000_000_000L), longs().between(0, 1_000_000_000L))
                .checkAssert((a, b) -> {
                    SplitBillingHour s = new SplitBillingHour(ZonedDateTime.parse("2025-10-31T14:00-05:00[America/Chicago]"),
                            Energy.ofKilowattHours(BigDecimal.valueOf(a, 6)), Energy.ofKilowattHours(BigDecimal.valueOf(b, 6)));
                    assertEquals(BigDecimal.valueOf(a + b, 6), s.total().value());
                    assertEquals(BigDecimal.valueOf(a, 6), s.endingPeriodPart().value());
                });
    }

    // ------------------------------------------------------------------------------ RES-24

    @Test
    void RES_24_loss_factors_at_6000_MW_are_exact() {
        BigDecimal l = BigDecimal.valueOf(6000);
        assertEquals(new BigDecimal("1.06892236"), DistributionLossFactor.of(DeliveryVoltageLevel.SECONDARY, l).exact()
                .stripTrailingZeros());
        assertEquals(new BigDecimal("1.03252792"), DistributionLossFactor.of(DeliveryVoltageLevel.PRIMARY, l).exact()
                .stripTrailingZeros());
        assertEquals(new BigDecimal("1.01179096"), DistributionLossFactor.of(DeliveryVoltageLevel.HIGH_VOLTAGE, l).exact()
                .stripTrailingZeros());
        assertEquals(new BigDecimal("1.068922"), DistributionLossFactor.of(DeliveryVoltageLevel.SECONDARY, l).rounded());
    }

    @Test
    void RES_24_at_zero_load_the_factor_is_the_constant_and_negative_load_is_refused() {
        assertEquals(0, DistributionLossFactor.of(DeliveryVoltageLevel.PRIMARY, BigDecimal.ZERO).exact()
                .compareTo(new BigDecimal("1.02370")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DistributionLossFactor.of(DeliveryVoltageLevel.PRIMARY, new BigDecimal("-0.001")));
        assertEquals("Invalid value for system load (valid values >= 0 MW): -0.001 MW", e.getMessage());
    }

    @Test
    void RES_24_finding_from_system_load_in_kW_and_usage_at_supply_point() {
        Finding f = MeterDataRules.RES_24.evaluate(MeterData.NONE.withLoss(DeliveryVoltageLevel.SECONDARY,
                ActivePower.ofKilowatts(6_000_000)));
        assertEquals(Outcome.VALUE, f.outcome());
        assertEquals(0, new BigDecimal(f.value().orElseThrow()).compareTo(new BigDecimal("1.06892236")));
        Energy supply = DistributionLossFactor.of(DeliveryVoltageLevel.SECONDARY, BigDecimal.valueOf(6000))
                .applyTo(kwh("100"));
        assertEquals(new BigDecimal("106.892236"), supply.value());
        assertEquals(List.of("Ameren Illinois system load"), MeterDataRules.RES_24.evaluate(new MeterData(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(DeliveryVoltageLevel.SECONDARY),
                Optional.empty())).missingInputs());
    }

    @Test
    void RES_24_loss_factor_increases_with_system_load() {
        qt().withFixedSeed(SEED).forAll(longs().between(0, 20_000_000L), longs().between(1, 5_000_000L),
                integers().between(0, 2))
                .checkAssert((l, step, v) -> {
                    DeliveryVoltageLevel level = DeliveryVoltageLevel.values()[v];
                    BigDecimal low = BigDecimal.valueOf(l, 3);
                    BigDecimal high = BigDecimal.valueOf(l + step, 3);
                    assertTrue(DistributionLossFactor.of(level, low).exact()
                            .compareTo(DistributionLossFactor.of(level, high).exact()) < 0, level + " " + low + " " + high);
                });
    }

    // ------------------------------------------------------------------------------ RES-25

    @Test
    void RES_25_transmission_losses_are_miso_information() {
        Finding f = MeterDataRules.RES_25.evaluate(MeterData.NONE);
        assertEquals(Outcome.INFO, f.outcome());
        assertTrue(f.explanation().contains("since 2007-03-01 (FAQ 27)"), f.explanation());
        assertEquals(List.of("RES-17", "RES-18", "RES-20", "RES-21", "RES-24", "RES-25"), MeterDataRules.rules().ids());
    }
}

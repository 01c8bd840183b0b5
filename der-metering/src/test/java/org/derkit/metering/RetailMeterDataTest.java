package org.derkit.metering;

import static org.derkit.metering.Edi867Text.hourly;
import static org.derkit.metering.Edi867Text.interchange;
import static org.derkit.metering.Edi867Text.meter;
import static org.derkit.metering.Edi867Text.summary;
import static org.derkit.metering.Edi867Text.transaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.derkit.edi.AmerenProfile;
import org.derkit.model.AccountNumber;
import org.derkit.model.Energy;
import org.derkit.model.InvalidValueException;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingPeriod;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.ServicePointMeterData;
import org.derkit.model.retail.ServicePointMeterData.MeterEnergy;
import org.derkit.model.retail.ServicePointMeterData.SharedHour;
import org.junit.jupiter.api.Test;

/**
 * {@link RetailMeterData}: 867s read by {@link UsageReader} to the inputs of the retail meter-data
 * rules RES-17 to RES-25, on hand-written 867s whose every number is known.
 */
class RetailMeterDataTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final UsageReader UNCHECKED = UsageReader.ameren().withServicePointTotalsChecked(false);
    private static final ServicePointId SP1 = ServicePointId.of("90000001");
    private static final ServicePointId SP2 = ServicePointId.of("90000002");
    private static final ServicePointId SP3 = ServicePointId.of("90000003");

    /**
     * Service point 90000001 (account 1234567890), period 1 (June 30 22:00 to July 1 01:00):
     * additive meter 7000001 and subtractive 7000002, the hour ending 0100 shared with period 2, and
     * a demand-only meter 7000003 that shares the hour too.
     */
    private static String sp1Period1() {
        return transaction("0001", "R1", "1234567890", "90000001", "20260630*2200", "20260701*0100",
                summary("QTY*QD*3.875*KH"),
                meter("7000001", "A", "KH", "4.25", "20260630 2300 1.5", "20260630 2400 2.25", "20260701 0100 0.5"),
                meter("7000002", "S", "KH", "0.375", "20260630 2300 0.25", "20260630 2400 0", "20260701 0100 0.125"),
                meter("7000003", "A", "K1", "35", "20260630 2300 5", "20260630 2400 20", "20260701 0100 10"));
    }

    /** Period 2 (July 1 00:00 to 02:00) of service point 90000001: the shared hour ending 0100, then 0200. */
    private static String sp1Period2() {
        return transaction("0002", "R2", "1234567890", "90000001", "20260701*0000", "20260701*0200",
                summary("QTY*QD*2.5*KH"),
                meter("7000001", "A", "KH", "3.75", "20260701 0100 0.75", "20260701 0200 3"),
                meter("7000002", "S", "KH", "1.25", "20260701 0100 0.25", "20260701 0200 1"),
                meter("7000003", "A", "K1", "20", "20260701 0100 12", "20260701 0200 8"));
    }

    /** Service point {@code servicePoint} of account {@code account} (null: none) in period 1, without a summary loop. */
    private static String otherPeriod1(String control, String account, String servicePoint) {
        return transaction(control, "R" + control, account, servicePoint, "20260630*2200", "20260701*0100",
                meter("7000009", "A", "KH", "6", "20260630 2300 1", "20260630 2400 2", "20260701 0100 3"));
    }

    private static List<ServicePointMeterData> july() {
        return RetailMeterData.of(Edi867Text.read(UNCHECKED,
                interchange(1, sp1Period1(), sp1Period2(), otherPeriod1("0003", "1234567890", "90000002"))));
    }

    private static String[] concat(String first, String... rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), java.util.Arrays.stream(rest))
                .toArray(String[]::new);
    }

    private static Energy kwh(String value) {
        return Energy.ofKilowattHours(new BigDecimal(value));
    }

    @Test
    void every_867_gives_one_entry_in_the_order_given_with_its_service_point_period_and_account() {
        List<ServicePointMeterData> data = july();
        assertEquals(3, data.size());
        assertEquals(List.of(SP1, SP1, SP2), data.stream().map(ServicePointMeterData::servicePoint).toList());
        assertEquals(new BillingPeriod(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1)), data.get(0).period());
        assertEquals(new BillingPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1)), data.get(1).period());
        assertEquals(Optional.of(AccountNumber.of("1234567890")), data.get(2).account());
        assertEquals(Optional.empty(), data.get(0).deliveryVoltage(), "RES-24 inputs are not in an 867");
        assertEquals(Optional.empty(), data.get(0).accountServicePoints());
    }

    @Test
    void RES_17_the_867s_of_one_account_and_period_form_one_billing_and_another_period_another() {
        List<ServicePointMeterData> data = july();
        assertEquals(List.of(SP1, SP2), data.get(0).billingServicePoints());
        assertEquals(List.of(SP1), data.get(1).billingServicePoints());
        assertEquals(List.of(SP1, SP2), data.get(2).billingServicePoints());
    }

    @Test
    void RES_17_two_accounts_with_the_same_period_are_two_billings() {
        List<ServicePointMeterData> data = RetailMeterData.of(Edi867Text.read(UNCHECKED,
                interchange(1, sp1Period1(), otherPeriod1("0002", "5550001", "90000002"))));
        assertEquals(List.of(SP1), data.get(0).billingServicePoints());
        assertEquals(List.of(SP2), data.get(1).billingServicePoints());
    }

    @Test
    void RES_17_an_867_without_an_account_is_a_billing_of_its_service_point_alone() {
        List<ServicePointMeterData> data = RetailMeterData.of(Edi867Text.read(UNCHECKED,
                interchange(1, otherPeriod1("0001", null, "90000002"), otherPeriod1("0002", null, "90000003"))));
        assertEquals(Optional.empty(), data.get(0).account());
        assertEquals(List.of(SP2), data.get(0).billingServicePoints());
        assertEquals(List.of(SP3), data.get(1).billingServicePoints());
    }

    @Test
    void RES_18_each_kWh_meter_is_summed_exactly_with_its_role_and_a_demand_only_meter_is_not_listed() {
        List<ServicePointMeterData> data = july();
        assertEquals(List.of(new MeterEnergy(MeterNumber.of("7000001"), MeterRole.ADDITIVE, kwh("4.25")),
                new MeterEnergy(MeterNumber.of("7000002"), MeterRole.SUBTRACTIVE, kwh("0.375"))),
                data.get(0).meters());
        assertEquals(List.of(new MeterEnergy(MeterNumber.of("7000009"), MeterRole.ADDITIVE, kwh("6"))),
                data.get(2).meters());
    }

    @Test
    void RES_18_the_stated_total_is_the_summary_loops_kWh_and_absent_without_a_summary_loop() {
        List<ServicePointMeterData> data = july();
        assertEquals(Optional.of(kwh("3.875")), data.get(0).statedTotal());
        assertEquals(Optional.of(kwh("2.5")), data.get(1).statedTotal());
        assertEquals(Optional.empty(), data.get(2).statedTotal());
    }

    @Test
    void RES_18_several_kWh_quantities_of_the_summary_add_up_and_demand_quantities_do_not_count() {
        String twoTotals = transaction("0001", "R1", null, "90000003", "20260630*2200", "20260701*0100",
                summary("QTY*QD*3*KH", "QTY*QD*44*K1", "QTY*QD*0.875*KH"),
                meter("7000009", "A", "KH", "6", "20260630 2300 1", "20260630 2400 2", "20260701 0100 3"));
        ServicePointMeterData data = RetailMeterData.of(Edi867Text.read(UNCHECKED, interchange(1, twoTotals))).get(0);
        assertEquals(Optional.of(kwh("3.875")), data.statedTotal());
    }

    @Test
    void RES_20_the_interval_day_is_the_periods_first_day_without_a_DST_change() {
        assertEquals(Optional.of(LocalDate.of(2026, 6, 30)), july().get(0).intervalDay());
        assertEquals(Optional.of(LocalDate.of(2026, 7, 1)), july().get(1).intervalDay());
    }

    @Test
    void RES_20_the_interval_day_is_the_fall_back_day_inside_the_period() {
        String fall = transaction("0001", "F1", null, "90000003", "20261031*2300", "20261101*0100",
                meter("7000004", "A", "KH", "3", "20261031 2400 1", "20261101 0100 2"));
        ServicePointMeterData data = RetailMeterData.of(Edi867Text.read(UNCHECKED, interchange(1, fall))).get(0);
        assertEquals(Optional.of(LocalDate.of(2026, 11, 1)), data.intervalDay());
        assertEquals(List.of(SP3), data.billingServicePoints());
    }

    @Test
    void RES_20_a_period_that_ends_before_the_next_DST_change_shows_its_first_day() {
        String before = transaction("0001", "F1", null, "90000003", "20261030*2300", "20261031*0100",
                meter("7000004", "A", "KH", "3", "20261030 2400 1", "20261031 0100 2"));
        ServicePointMeterData data = RetailMeterData.of(Edi867Text.read(UNCHECKED, interchange(1, before))).get(0);
        assertEquals(Optional.of(LocalDate.of(2026, 10, 30)), data.intervalDay());
    }

    @Test
    void RES_21_both_periods_see_the_shared_hour_as_the_net_of_additive_minus_subtractive_kWh_parts() {
        List<ServicePointMeterData> data = july();
        // ending period: 0.5 - 0.125; next period: 0.75 - 0.25; the demand meter's 10 and 12 kW do not count
        SharedHour expected = new SharedHour(ZonedDateTime.of(2026, 7, 1, 0, 0, 0, 0, CHICAGO),
                kwh("0.375"), kwh("0.5"));
        assertEquals(Optional.of(expected), data.get(0).splitHour());
        assertEquals(Optional.of(expected), data.get(1).splitHour());
        assertEquals(Optional.empty(), data.get(2).splitHour(), "one period, nothing shared");
    }

    @Test
    void RES_21_a_middle_period_shows_the_hour_it_shares_with_the_next_period() {
        // period 3 (July 1 01:00 to July 2 00:00) shares the hour ending 0200: period 2's 3 and 1 kWh become parts
        String third = transaction("0004", "R4", "1234567890", "90000001", "20260701*0100", "20260702*0000",
                meter("7000001", "A", "KH", "22", concat("20260701 0200 0", hourly("20260701", 3, 22, "1"))),
                meter("7000002", "S", "KH", "0", concat("20260701 0200 0", hourly("20260701", 3, 22, "0"))),
                meter("7000003", "A", "K1", "26", concat("20260701 0200 4", hourly("20260701", 3, 22, "1"))));
        List<ServicePointMeterData> data = RetailMeterData.of(Edi867Text.read(UNCHECKED,
                interchange(1, third, sp1Period1(), sp1Period2())));
        assertEquals(ZonedDateTime.of(2026, 7, 1, 0, 0, 0, 0, CHICAGO), data.get(1).splitHour().orElseThrow().start());
        SharedHour middle = data.get(2).splitHour().orElseThrow();
        assertEquals(ZonedDateTime.of(2026, 7, 1, 1, 0, 0, 0, CHICAGO), middle.start());
        assertEquals(kwh("2"), middle.endingPeriodPart());
        assertEquals(kwh("0"), middle.nextPeriodPart());
        assertEquals(middle, data.get(0).splitHour().orElseThrow());
    }

    @Test
    void the_default_profile_is_Amerens() {
        List<TransactionUsage> read = Edi867Text.read(UNCHECKED, interchange(1, sp1Period1(), sp1Period2()));
        List<ServicePointMeterData> data = RetailMeterData.of(read);
        assertEquals(RetailMeterData.of(read, AmerenProfile.DEFAULT), data);
        assertEquals(2, data.size());
    }

    @Test
    void an_interval_loop_without_a_meter_number_is_refused() {
        String noMeter = transaction("0001", "N1", null, "90000003", "20260701*0000", "20260701*0200",
                meter(null, "A", "KH", "3", "20260701 0100 1", "20260701 0200 2"));
        List<TransactionUsage> read = Edi867Text.read(UNCHECKED, interchange(1, noMeter));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> RetailMeterData.of(read));
        assertEquals("meter number", e.field());
        assertTrue(e.getMessage().contains("REF*MG in every interval loop (PTD*PM)"), e.getMessage());
    }
}

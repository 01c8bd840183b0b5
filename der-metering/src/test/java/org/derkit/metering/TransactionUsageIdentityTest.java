package org.derkit.metering;

import static org.derkit.metering.Edi867Text.cancellation;
import static org.derkit.metering.Edi867Text.interchange;
import static org.derkit.metering.Edi867Text.meter;
import static org.derkit.metering.Edi867Text.transaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link TransactionUsage}: what one read 867 says about itself, cancellations without a period included. */
class TransactionUsageIdentityTest {

    private static final String ORIGINAL = transaction("0001", "R1", null, "90000003", "20260701*0000",
            "20260701*0200", meter("7000004", "A", "KH", "3", "20260701 0100 1", "20260701 0200 2"));

    private static TransactionUsage original() {
        return Edi867Text.read(UsageReader.ameren(), interchange(1, ORIGINAL)).get(0);
    }

    @Test
    void an_original_names_its_source_transaction_set_service_point_and_period() {
        TransactionUsage t = original();
        assertTrue(t.hasPeriod());
        assertEquals("t0.x12 transaction set 867 0001 (group 1, interchange 000000001):"
                + " service point 90000003 2026-07-01..2026-07-01", t.toString());
        assertEquals(List.of(), t.problems());
    }

    @Test
    void a_cancellation_that_states_its_period_names_the_report_it_cancels() {
        String text = cancellation("0002", "C1", "R1", "90000003", "20260701*0000", "20260701*0200",
                meter("7000004", "A", "KH", "3", "20260701 0100 1", "20260701 0200 2"));
        TransactionUsage c = Edi867Text.read(UsageReader.ameren(), interchange(2, text)).get(0);
        assertTrue(c.hasPeriod());
        assertEquals("t0.x12 transaction set 867 0002 (group 1, interchange 000000002):"
                + " service point 90000003 2026-07-01..2026-07-01, cancels report R1", c.toString());
    }

    @Test
    void a_cancellation_without_a_period_has_none_to_give() {
        String text = cancellation("0002", "C1", "R1", "90000003", "20260701*0000", "20260701*0200",
                meter("7000004", "A", "KH", "3", "20260701 0100 1", "20260701 0200 2"));
        TransactionUsage read = Edi867Text.read(UsageReader.ameren(), interchange(2, text)).get(0);
        TransactionUsage c = new TransactionUsage("c.x12", read.transactionSet(), "006936017", read.transaction(), null,
                List.of());
        assertFalse(c.hasPeriod());
        assertEquals("c.x12 transaction set 867 0002 (group 1, interchange 000000002), cancels report R1", c.toString());
        IllegalStateException e = assertThrows(IllegalStateException.class, c::period);
        assertEquals(c + " is a cancellation without a billing period (DTM*150, DTM*151)", e.getMessage());
    }

    @Test
    void an_original_or_replacement_without_a_period_is_refused() {
        TransactionUsage t = original();
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new TransactionUsage("a.x12", t.transactionSet(), "006936017", t.transaction(), null, List.of()));
        assertEquals("period", e.getMessage());
    }

    @Test
    void the_problems_given_are_the_problems_told() {
        TransactionUsage t = original();
        UsageProblem p = new UsageProblem("a.x12", "DUPLICATE_CHANNEL", "meter 7000004 kWh appears twice",
                Optional.empty());
        TransactionUsage withProblem = new TransactionUsage("a.x12", t.transactionSet(), "006936017", t.transaction(),
                t.period(), List.of(p));
        assertEquals(List.of(p), withProblem.problems());
    }

    @Test
    void two_reads_of_the_same_867_are_equal_and_a_different_source_sender_or_problem_is_not() {
        TransactionUsage a = original();
        TransactionUsage b = original();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, "t0.x12");
        TransactionUsage same = new TransactionUsage(a.source(), a.transactionSet(), a.interchangeSender(), a.transaction(),
                a.period(), List.of());
        assertEquals(a, same);
        assertNotEquals(a, new TransactionUsage("other.x12", a.transactionSet(), a.interchangeSender(), a.transaction(),
                a.period(), List.of()));
        assertNotEquals(a.hashCode(), new TransactionUsage("other.x12", a.transactionSet(), a.interchangeSender(),
                a.transaction(), a.period(), List.of()).hashCode());
        assertNotEquals(a, new TransactionUsage(a.source(), new TransactionSetId("000000001", "1", "0009"),
                a.interchangeSender(), a.transaction(), a.period(), List.of()));
        assertNotEquals(a, new TransactionUsage(a.source(), a.transactionSet(), "OTHER", a.transaction(), a.period(),
                List.of()));
        assertNotEquals(a, new TransactionUsage(a.source(), a.transactionSet(), a.interchangeSender(), a.transaction(),
                a.period(), List.of(new UsageProblem("a", "X", "y", Optional.empty()))));
        TransactionUsage other = Edi867Text.read(UsageReader.ameren(), interchange(1, ORIGINAL.replace("*R1*", "*R9*")))
                .get(0);
        assertNotEquals(a, new TransactionUsage(a.source(), a.transactionSet(), a.interchangeSender(), other.transaction(),
                a.period(), List.of()));
        ReconstructedPeriod empty = new ReconstructedPeriod(a.period().servicePoint(), a.period().period(), "x",
                List.of());
        assertNotEquals(a, new TransactionUsage(a.source(), a.transactionSet(), a.interchangeSender(), a.transaction(), empty,
                List.of()));
    }
}

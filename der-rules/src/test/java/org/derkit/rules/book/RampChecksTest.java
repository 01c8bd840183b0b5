package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.derkit.model.Percentage;
import org.derkit.model.facility.ReconnectRamp;
import org.derkit.model.facility.ReconnectRamp.RampStep;
import org.junit.jupiter.api.Test;

class RampChecksTest {

    private record SlowedRamp(int n, int t, int extra) {
        @Override
        public String toString() {
            return n + " steps every " + t + " ms, then every " + (t + extra) + " ms";
        }
    }

    private static final long SEED = Long.getLong("QT_SEED", 20240415L);

    private static ReconnectRamp linear(String rate) {
        return new ReconnectRamp.Linear(Percentage.ofPercent(new BigDecimal(rate)));
    }

    /** Equal steps of {@code 100 / n} percent, the first at {@code first} seconds, then every {@code every}. */
    private static ReconnectRamp.Step equalSteps(int n, String first, String every) {
        List<RampStep> steps = new ArrayList<>();
        BigDecimal at = new BigDecimal(first);
        for (int i = 1; i <= n; i++) {
            BigDecimal level = BigDecimal.valueOf(100L * i).divide(BigDecimal.valueOf(n), 6, java.math.RoundingMode.DOWN);
            if (i == n) {
                level = BigDecimal.valueOf(100);
            }
            steps.add(new RampStep(Duration.ofNanos(at.movePointRight(9).longValueExact()), Percentage.ofPercent(level)));
            at = at.add(new BigDecimal(every));
        }
        return new ReconnectRamp.Step(steps);
    }

    private static RampStep step(String seconds, long level) {
        return new RampStep(Duration.ofNanos(new BigDecimal(seconds).movePointRight(9).longValueExact()),
                Percentage.ofPercent(level));
    }

    @Test
    void POL_31_linear_ramp_just_below_2_percent_per_second_passes() {
        assertTrue(RampChecks.check(linear("1.999"), RampRequirement.POLICY_5_2).isCompliant());
    }

    @Test
    void POL_31_linear_ramp_at_exactly_2_percent_per_second_passes() {
        RampCheck c = RampChecks.check(linear("2"), RampRequirement.POLICY_5_2);
        assertTrue(c.isCompliant());
        assertEquals("linear ramp 2%/s <= 2%/s", c.toString());
    }

    @Test
    void POL_31_linear_ramp_just_above_2_percent_per_second_fails() {
        RampCheck c = RampChecks.check(linear("2.001"), RampRequirement.POLICY_5_2);
        assertFalse(c.isCompliant());
        assertEquals("linear ramp 2.001%/s > 2%/s", c.toString());
        assertEquals(RampCheck.Aspect.LINEAR_RATE, c.violations().get(0).aspect());
    }

    @Test
    void POL_31_five_steps_of_20_percent_every_10_seconds_pass() {
        RampCheck c = RampChecks.check(equalSteps(5, "10", "10"), RampRequirement.POLICY_5_2);
        assertTrue(c.isCompliant(), c::toString);
        assertEquals("step ramp of 5 steps: average rise 2%/s <= 2%/s, largest step 20% <= 20%, "
                + "equal intervals of 10 s, time to last step 50 s >= 50 s", c.toString());
    }

    @Test
    void POL_31_step_ramp_first_step_at_start_counts_intervals_between_steps() {
        // 20% at 0, 12.5, 25, 37.5 and 50 s: four equal intervals of 12.5 s, average 2%/s, 50 s
        RampCheck c = RampChecks.check(equalSteps(5, "0", "12.5"), RampRequirement.POLICY_5_2);
        assertTrue(c.isCompliant(), c::toString);
        assertTrue(c.toString().contains("equal intervals of 12.5 s"), c::toString);
    }

    @Test
    void POL_31_step_of_exactly_20_percent_passes_and_just_above_fails() {
        ReconnectRamp.Step at = new ReconnectRamp.Step(List.of(step("25", 20), step("50", 40),
                step("75", 60), step("100", 80), step("125", 100)));
        assertTrue(RampChecks.check(at, RampRequirement.POLICY_5_2).isCompliant());
        ReconnectRamp.Step above = new ReconnectRamp.Step(List.of(
                new RampStep(Duration.ofSeconds(60), Percentage.ofPercent(new BigDecimal("20.01"))),
                step("120", 40), step("180", 60), step("240", 80), step("300", 100)));
        RampCheck c = RampChecks.check(above, RampRequirement.POLICY_5_2);
        assertFalse(c.isCompliant());
        assertEquals(List.of(RampCheck.Aspect.STEP_SIZE),
                c.violations().stream().map(RampCheck.Part::aspect).toList());
        assertEquals("largest step 20.01% > 20%", c.violations().get(0).phrase());
    }

    @Test
    void POL_31_average_rise_just_above_2_percent_per_second_fails() {
        // ten steps of 10% every 4.999 s: 100% in 49.99 s, 2.0004%/s
        RampCheck c = RampChecks.check(equalSteps(10, "4.999", "4.999"), RampRequirement.POLICY_5_2);
        assertFalse(c.isCompliant());
        assertEquals(List.of(RampCheck.Aspect.AVERAGE_STEP_RATE, RampCheck.Aspect.DURATION),
                c.violations().stream().map(RampCheck.Part::aspect).toList());
        assertEquals("average rise 2%/s > 2%/s", c.violations().get(0).phrase(),
                "the rate shown is rounded to three decimals; the comparison is exact");
    }

    @Test
    void POL_31_average_rise_just_below_2_percent_per_second_passes() {
        RampCheck c = RampChecks.check(equalSteps(10, "5.001", "5.001"), RampRequirement.POLICY_5_2);
        assertTrue(c.isCompliant(), c::toString);
    }

    @Test
    void POL_31_unequal_intervals_fail() {
        ReconnectRamp.Step ramp = new ReconnectRamp.Step(List.of(step("10", 20), step("20", 40),
                step("35", 60), step("45", 80), step("60", 100)));
        RampCheck c = RampChecks.check(ramp, RampRequirement.POLICY_5_2);
        assertFalse(c.isCompliant());
        assertEquals("unequal intervals of 10, 10, 15, 10, 15 s", c.violations().get(0).phrase());
    }

    @Test
    void POL_31_a_single_jump_to_full_output_fails() {
        RampCheck c = RampChecks.check(new ReconnectRamp.Step(List.of(step("0", 100))), RampRequirement.POLICY_5_2);
        assertFalse(c.isCompliant());
        assertEquals("step ramp of 1 step: average rise all at once > 2%/s, largest step 100% > 20%, "
                + "a single step at 0 s, time to last step 0 s < 50 s", c.toString());
    }

    @Test
    void INV_15_requirement_only_limits_the_step_ramp_time_at_50_seconds() {
        RampRequirement inv = RampRequirement.SMART_INVERTER_4_3;
        ReconnectRamp.Step below = new ReconnectRamp.Step(List.of(step("10", 50), step("49.999", 100)));
        ReconnectRamp.Step at = new ReconnectRamp.Step(List.of(step("10", 50), step("50", 100)));
        ReconnectRamp.Step above = new ReconnectRamp.Step(List.of(step("10", 50), step("50.001", 100)));
        assertFalse(RampChecks.check(below, inv).isCompliant());
        assertTrue(RampChecks.check(at, inv).isCompliant());
        assertTrue(RampChecks.check(above, inv).isCompliant());
        assertEquals("step ramp of 2 steps: time to last step 50 s >= 50 s", RampChecks.check(at, inv).toString());
    }

    @Test
    void checkAll_reports_the_first_non_compliant_ramp() {
        RampCheck c = RampChecks.checkAll(List.of(linear("1"), linear("3"), linear("4")), RampRequirement.POLICY_5_2);
        assertEquals("linear ramp 3%/s > 2%/s", c.toString());
        assertEquals("linear ramp 1%/s <= 2%/s",
                RampChecks.checkAll(List.of(linear("1"), linear("2")), RampRequirement.POLICY_5_2).toString());
        assertThrows(IllegalArgumentException.class, () -> RampChecks.checkAll(List.of(), RampRequirement.POLICY_5_2));
    }

    @Test
    void requirement_refuses_meaningless_limits() {
        assertThrows(org.derkit.model.InvalidValueException.class, () -> new RampRequirement(Percentage.ZERO,
                java.util.Optional.empty(), java.util.Optional.empty(), false, Duration.ZERO));
    }

    private static RampRequirement requirement(java.util.Optional<Percentage> averageStepRate,
            java.util.Optional<Percentage> maxStep, Duration minDuration) {
        return new RampRequirement(Percentage.ofPercent(2), averageStepRate, maxStep, true, minDuration);
    }

    @Test
    void POL_31_policy_5_2_limits_are_a_valid_requirement_when_written_out() {
        // 5.2: no more than 2 %/s linear; steps average at most 2 %/s, each at most 20 %, equal intervals, >= 50 s
        assertEquals(RampRequirement.POLICY_5_2, requirement(java.util.Optional.of(Percentage.ofPercent(2)),
                java.util.Optional.of(Percentage.ofPercent(20)), Duration.ofSeconds(50)));
    }

    @Test
    void requirement_allows_a_step_of_the_whole_nameplate_and_no_minimum_duration() {
        RampRequirement whole = requirement(java.util.Optional.empty(), java.util.Optional.of(Percentage.ofPercent(100)),
                Duration.ZERO);
        assertEquals(Percentage.ofPercent(100), whole.maxStep().orElseThrow());
        assertEquals(Duration.ZERO, whole.minStepRampDuration());
    }

    @Test
    void requirement_refuses_a_zero_average_step_rate_a_zero_step_a_step_above_100_percent_and_a_negative_duration() {
        java.util.Optional<Percentage> none = java.util.Optional.empty();
        assertThrows(org.derkit.model.InvalidValueException.class,
                () -> requirement(java.util.Optional.of(Percentage.ZERO), none, Duration.ofSeconds(50)));
        assertThrows(org.derkit.model.InvalidValueException.class,
                () -> requirement(none, java.util.Optional.of(Percentage.ZERO), Duration.ofSeconds(50)));
        assertThrows(org.derkit.model.InvalidValueException.class,
                () -> requirement(none, java.util.Optional.of(Percentage.ofPercent(new BigDecimal("100.001"))),
                        Duration.ofSeconds(50)));
        assertThrows(org.derkit.model.InvalidValueException.class,
                () -> requirement(none, none, Duration.ofSeconds(-1)));
    }

    @Test
    void POL_31_linear_ramp_passes_exactly_when_its_rate_is_at_most_2_percent_per_second() {
        qt().withFixedSeed(SEED)
                .forAll(integers().between(1, 10_000))
                .describedAs(thousandths -> "rate " + BigDecimal.valueOf(thousandths, 3) + "%/s")
                .checkAssert(thousandths -> assertEquals(thousandths <= 2000,
                        RampChecks.check(new ReconnectRamp.Linear(Percentage.ofPercent(BigDecimal.valueOf(thousandths, 3))),
                                RampRequirement.POLICY_5_2).isCompliant()));
    }

    @Test
    void POL_31_and_INV_15_fast_verdict_agrees_with_the_described_parts_for_any_step_ramp() {
        qt().withFixedSeed(SEED)
                .forAll(integers().between(1, 8), integers().between(0, Integer.MAX_VALUE))
                .checkAssert((n, seed) -> {
                    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
                    List<RampStep> steps = new ArrayList<>();
                    long at = r.nextInt(3) == 0 ? 0 : r.nextInt(1, 20_000);
                    int level = 0;
                    for (int i = 0; i < n && level < 100; i++) {
                        level = Math.min(100, level + r.nextInt(1, 40));
                        steps.add(new RampStep(Duration.ofMillis(at), Percentage.ofPercent(level)));
                        at += r.nextBoolean() ? 10_000 : r.nextInt(1, 20_000);
                    }
                    ReconnectRamp.Step ramp = new ReconnectRamp.Step(steps);
                    for (RampRequirement req : List.of(RampRequirement.POLICY_5_2, RampRequirement.SMART_INVERTER_4_3)) {
                        RampCheck c = RampChecks.check(ramp, req);
                        assertEquals(c.violations().isEmpty(), c.isCompliant(), c::toString);
                    }
                });
    }

    @Test
    void POL_31_slowing_a_compliant_equal_step_ramp_keeps_it_compliant() {
        // n equal steps (n >= 5 keeps each step at most 20%) every t ms, then every t + extra ms
        qt().withFixedSeed(SEED)
                .forAll(integers().between(5, 20).zip(integers().between(1, 20_000), integers().between(0, 20_000),
                        SlowedRamp::new))
                .describedAs(SlowedRamp::toString)
                .checkAssert(c -> {
                    int n = c.n();
                    int t = c.t();
                    int extra = c.extra();
                    String every = BigDecimal.valueOf(t, 3).toPlainString();
                    String slower = BigDecimal.valueOf(t + extra, 3).toPlainString();
                    RampCheck fast = RampChecks.check(equalSteps(n, every, every), RampRequirement.POLICY_5_2);
                    RampCheck slow = RampChecks.check(equalSteps(n, slower, slower), RampRequirement.POLICY_5_2);
                    assertEquals((long) n * t >= 50_000, fast.isCompliant(), fast::toString);
                    assertEquals(fast.isCompliant(), fast.violations().isEmpty(), "fast verdict agrees with the parts");
                    assertEquals(slow.isCompliant(), slow.violations().isEmpty(), "fast verdict agrees with the parts");
                    if (fast.isCompliant()) {
                        assertTrue(slow.isCompliant(), slow::toString);
                    }
                });
    }
}

package org.derkit.model.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.derkit.model.AccountNumber;
import org.derkit.model.ActivePower;
import org.derkit.model.ApparentPower;
import org.derkit.model.ApplicationId;
import org.derkit.model.MeterNumber;
import org.derkit.model.NominalVoltage;
import org.derkit.model.Percentage;
import org.derkit.model.ServicePointId;
import org.derkit.model.TransformerRatio;
import org.derkit.model.Voltage;
import org.derkit.model.application.CircuitData;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.facility.EnergyStorage;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.MeteringType;
import org.derkit.model.facility.Phases;
import org.derkit.model.facility.Siting;
import org.derkit.model.facility.StorageCharging;
import org.derkit.model.facility.SystemType;
import org.derkit.model.installation.CurrentTransformer;
import org.derkit.model.retail.BillingOption;
import org.derkit.model.retail.Commodity;
import org.derkit.model.retail.Enrollment;
import org.derkit.model.retail.EnrollmentCycle;
import org.derkit.model.retail.Meter;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.RetailAccount;
import org.derkit.model.retail.ServicePoint;

/**
 * Seeded, framework-neutral generators of der-model values that put the catalogue's own limits
 * first: 200 kW exactly and a watt either side, 100 kVA single-phase, 133 kW self-contained, the
 * Level 1 to Part 467 size steps, CT rating factor 2.0, the ride-through boundaries, the DST days
 * of America/Chicago. They combine independent parts, so a facility generator varies siting,
 * size, voltage and storage together.
 *
 * <p>Drive them from any tool: {@code ModelGenerators.facilities().stream(seed)}, or wrap one in
 * a QuickTheories {@code Gen} (see the tests of der-model).
 */
public final class ModelGenerators {

    /** The smallest step of a generated power, in kW (one watt). */
    public static final BigDecimal POWER_STEP_KW = new BigDecimal("0.001");

    /**
     * The power limits (kW or kVA) the catalogue names: Level 1 export 25 and nameplate 50, 100 kVA
     * single-phase, 133 kW self-contained, 150 kW demand, 200 kW production meter, Level 2 steps
     * 500 kW to 5 MW, 1 MW SCADA recloser, 10 MVA Level 4, 20 MW QF.
     */
    public static final List<BigDecimal> CATALOGUE_POWER_LIMITS_KW = List.of(
            bd(20), bd(25), bd(50), bd(100), bd(133), bd(150), bd(200), bd(500), bd(1000),
            bd(2000), bd(3000), bd(4000), bd(5000), bd(10_000), bd(20_000));

    /** Voltage ride-through boundaries in percent of nominal (INV-10 and IEEE 1547-2018 Cat. III). */
    public static final List<BigDecimal> RIDE_THROUGH_VOLTAGE_LIMITS_PERCENT = List.of(
            bd(50), bd(70), bd(88), bd(110), bd(120));

    /** Frequency ride-through boundaries in Hz (INV-11 and IEEE 1547-2018). */
    public static final List<BigDecimal> RIDE_THROUGH_FREQUENCY_LIMITS_HZ = List.of(
            new BigDecimal("56.5"), new BigDecimal("57.0"), new BigDecimal("58.5"),
            new BigDecimal("58.8"), new BigDecimal("60.5"), new BigDecimal("61.2"),
            new BigDecimal("61.8"), new BigDecimal("62.0"));

    private static final ZoneId CHICAGO = org.derkit.model.retail.IntervalClock.CHICAGO;

    private ModelGenerators() {
    }

    private static BigDecimal bd(long v) {
        return BigDecimal.valueOf(v);
    }

    /**
     * {@return decimal numbers in {@code [min, max]} with {@code scale} decimals; edge cases are min, max
     * and every limit inside the range together with one step (10^-scale) either side}
     *
     * @param min the smallest value, inclusive
     * @param max the largest value, inclusive
     * @param scale the number of decimals of every value
     * @param limits the rule limits to probe: each limit inside the range, and one step either side
     */
    public static Generator<BigDecimal> decimals(BigDecimal min, BigDecimal max, int scale,
            List<BigDecimal> limits) {
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
        TreeSet<BigDecimal> edges = new TreeSet<>();
        edges.add(min.setScale(scale, RoundingMode.UNNECESSARY));
        edges.add(max.setScale(scale, RoundingMode.UNNECESSARY));
        for (BigDecimal limit : limits) {
            for (BigDecimal v : List.of(limit.subtract(step), limit, limit.add(step))) {
                if (v.compareTo(min) >= 0 && v.compareTo(max) <= 0) {
                    edges.add(v.setScale(scale, RoundingMode.HALF_EVEN));
                }
            }
        }
        List<BigDecimal> limitList = List.copyOf(limits);
        long span = max.subtract(min).movePointRight(scale).longValueExact();
        return Generator.of(new ArrayList<>(edges), r -> {
            if (!limitList.isEmpty() && r.nextInt(4) == 0) {
                BigDecimal limit = limitList.get(r.nextInt(limitList.size()));
                BigDecimal v = limit.add(step.multiply(bd(r.nextInt(-3, 4))));
                if (v.compareTo(min) >= 0 && v.compareTo(max) <= 0) {
                    return v.setScale(scale, RoundingMode.HALF_EVEN);
                }
            }
            return min.add(BigDecimal.valueOf(r.nextLong(span + 1)).movePointLeft(scale))
                    .setScale(scale, RoundingMode.UNNECESSARY);
        });
    }

    /** {@return AC nameplates from 1 W to 20 MW, concentrating on the catalogue's limits} */
    public static Generator<ActivePower> nameplates() {
        return decimals(POWER_STEP_KW, bd(20_000), 3, CATALOGUE_POWER_LIMITS_KW)
                .map(ActivePower::ofKilowatts);
    }

    /** {@return kVA ratings from 1 VA to 20 MVA, concentrating on the catalogue's limits} */
    public static Generator<ApparentPower> apparentPowers() {
        return decimals(POWER_STEP_KW, bd(20_000), 3, CATALOGUE_POWER_LIMITS_KW)
                .map(ApparentPower::ofKilovoltAmperes);
    }

    /** {@return voltages in percent of nominal from 0 to 150, concentrating on the ride-through limits} */
    public static Generator<Percentage> voltagePercents() {
        return decimals(BigDecimal.ZERO, bd(150), 2, RIDE_THROUGH_VOLTAGE_LIMITS_PERCENT)
                .map(Percentage::ofPercent);
    }

    /** {@return frequencies from 50 to 70 Hz with two decimals, concentrating on the ride-through limits} */
    public static Generator<BigDecimal> frequenciesHz() {
        return decimals(bd(50), bd(70), 2, RIDE_THROUGH_FREQUENCY_LIMITS_HZ);
    }

    /** {@return nominal voltages: the standard Ameren ones, then random wye and delta systems} */
    public static Generator<NominalVoltage> nominalVoltages() {
        List<NominalVoltage> standard = NominalVoltage.standardVoltages();
        return Generator.of(standard, r -> {
            if (r.nextBoolean()) {
                return standard.get(r.nextInt(standard.size()));
            }
            long lineToLine = 200 + r.nextLong(138_000);
            return NominalVoltage.delta(Voltage.ofVolts(lineToLine));
        });
    }

    /** {@return current transformers: common ratios, rating factors and burdens at and around the limits} */
    public static Generator<CurrentTransformer> currentTransformers() {
        long[] primaries = {50, 100, 200, 400, 600, 800, 1200, 2000, 3000, 4000};
        Generator<BigDecimal> ratingFactors = decimals(new BigDecimal("0.5"), bd(4), 1, List.of(bd(2)));
        Generator<BigDecimal> burdens = decimals(new BigDecimal("0.01"), bd(4), 2,
                List.of(new BigDecimal("0.1"), new BigDecimal("1.8")));
        return ratingFactors.zip(burdens, (rf, burden) -> new BigDecimal[] {rf, burden})
                .map(p -> CurrentTransformer.builder().ratio(TransformerRatio.of(600, 5))
                        .ratingFactor(p[0]).burden(p[1]).build())
                .andRandom(r -> CurrentTransformer.builder()
                        .ratio(TransformerRatio.of(primaries[r.nextInt(primaries.length)], 5))
                        .ratingFactor(ratingFactors.next(r)).burden(burdens.next(r)).build());
    }

    /**
     * {@return facilities that vary siting, phases, nameplate, export capacity (never above nameplate),
     * point-of-interconnection voltage, system, metering and storage together; edge cases first
     * put every nameplate limit on an otherwise typical BTM facility}
     */
    public static Generator<Facility> facilities() {
        Generator<ActivePower> nameplates = nameplates();
        Generator<NominalVoltage> voltages = nominalVoltages();
        List<Facility> edges = new ArrayList<>();
        for (ActivePower nameplate : nameplates.edgeCases()) {
            edges.add(Facility.builder()
                    .siting(Siting.BEHIND_THE_METER)
                    .phases(Phases.THREE)
                    .declaredNameplate(nameplate)
                    .declaredApparentNameplate(ApparentPower.ofKilovoltAmperes(nameplate.value()))
                    .exportCapacity(nameplate)
                    .pointOfInterconnectionVoltage(NominalVoltage.Y277_480)
                    .systemType(SystemType.RADIAL)
                    .meteringType(MeteringType.INSTRUMENT_RATED)
                    .renewable(true)
                    .build());
        }
        edges.add(Facility.builder().build());
        return Generator.of(edges, r -> randomFacility(r, nameplates, voltages));
    }

    private static Facility randomFacility(SplittableRandom r, Generator<ActivePower> nameplates,
            Generator<NominalVoltage> voltages) {
        ActivePower nameplate = nameplates.next(r);
        BigDecimal exportShare = BigDecimal.valueOf(r.nextInt(101)).movePointLeft(2);
        ActivePower export = ActivePower.ofKilowatts(
                nameplate.value().multiply(exportShare).setScale(3, RoundingMode.DOWN));
        Facility.Builder b = Facility.builder()
                .siting(r.nextBoolean() ? Siting.BEHIND_THE_METER : Siting.REMOTELY_LOCATED)
                .phases(r.nextInt(4) == 0 ? Phases.SINGLE : Phases.THREE)
                .declaredNameplate(nameplate)
                .declaredApparentNameplate(ApparentPower.ofKilovoltAmperes(nameplate.value()))
                .exportCapacity(export)
                .pointOfInterconnectionVoltage(voltages.next(r))
                .systemType(r.nextInt(5) == 0 ? SystemType.NETWORKED : SystemType.RADIAL)
                .meteringType(r.nextBoolean() ? MeteringType.SELF_CONTAINED : MeteringType.INSTRUMENT_RATED)
                .renewable(r.nextInt(5) != 0)
                .customerPeakDemand(ActivePower.ofKilowatts(r.nextInt(1, 400)));
        if (r.nextInt(3) == 0) {
            StorageCharging[] charging = StorageCharging.values();
            b.addStorage(EnergyStorage.builder()
                    .acRating(ActivePower.ofKilowatts(r.nextInt(1, 2000)))
                    .charging(charging[r.nextInt(charging.length)])
                    .exportAllowed(r.nextBoolean())
                    .build());
        }
        // some attributes unknown, as on real forms
        if (r.nextInt(6) == 0) {
            b.exportCapacity(Optional.empty());
        }
        return b.build();
    }

    /** {@return interconnection applications around {@link #facilities()}, with circuit data} */
    public static Generator<InterconnectionApplication> applications() {
        Generator<Facility> facilities = facilities();
        int[] counter = {0};
        return facilities.map(f -> application("EDGE-" + (++counter[0]), f, Optional.empty()))
                .andRandom(r -> application("APP-" + Long.toString(r.nextLong(1_000_000_000L), 36),
                        facilities.next(r), Optional.of(CircuitData.builder()
                                .maximumLoad(ActivePower.ofKilowatts(r.nextInt(100, 20_000)))
                                .existingDer(ActivePower.ofKilowatts(r.nextInt(0, 3_000)))
                                .faultCurrentContribution(Percentage.ofPercent(r.nextInt(0, 21)))
                                .reverseFlowAtSubstation(r.nextBoolean())
                                .utilityConstructionRequired(r.nextInt(4) == 0)
                                .build())));
    }

    private static InterconnectionApplication application(String id, Facility facility,
            Optional<CircuitData> circuit) {
        return InterconnectionApplication.builder()
                .id(ApplicationId.of(id))
                .facility(facility)
                .circuit(circuit)
                .build();
    }

    /**
     * {@return retail accounts with one to four electric service points (some lighting, some unmetered
     * with meter number 99999999, some with a subtractive meter) and sometimes a gas one, and the
     * budget, arrears and summary flags in every combination among the edge cases}
     */
    public static Generator<RetailAccount> retailAccounts() {
        List<RetailAccount> edges = new ArrayList<>();
        for (int flags = 0; flags < 16; flags++) {
            edges.add(account(new SplittableRandom(flags), (flags & 1) != 0, (flags & 2) != 0,
                    (flags & 4) != 0, (flags & 8) != 0));
        }
        return Generator.of(edges, r -> account(r, r.nextInt(4) == 0, r.nextInt(5) == 0,
                r.nextInt(6) == 0, r.nextInt(4) == 0));
    }

    private static RetailAccount account(SplittableRandom r, boolean budget, boolean arrears,
            boolean summary, boolean gas) {
        RetailAccount.Builder b = RetailAccount.builder()
                .number(AccountNumber.of(String.format("%010d", r.nextLong(10_000_000_000L))))
                .budgetBilling(budget)
                .inArrears(arrears)
                .summaryBilling(summary)
                .directPay(r.nextBoolean());
        int points = 1 + r.nextInt(4);
        for (int i = 0; i < points; i++) {
            boolean lighting = i > 0 && r.nextInt(3) == 0;
            ServicePoint.Builder sp = ServicePoint.builder()
                    .id(ServicePointId.of(String.format("%09d", r.nextLong(1_000_000_000L))))
                    .lighting(lighting);
            if (lighting && r.nextBoolean()) {
                sp.addMeters(Meter.builder().number(MeterNumber.UNMETERED).build());
            } else {
                sp.addMeters(Meter.builder().number(MeterNumber.of(String.format("%08d", r.nextInt(10_000_000, 99_999_999)))).build());
                if (r.nextInt(5) == 0) {
                    sp.addMeters(Meter.builder().number(MeterNumber.of(String.format("%08d", r.nextInt(10_000_000, 99_999_999))))
                            .role(MeterRole.SUBTRACTIVE).build());
                }
            }
            b.addServicePoints(sp.build());
        }
        if (gas) {
            b.addServicePoints(ServicePoint.builder()
                    .id(ServicePointId.of(String.format("G%08d", r.nextLong(100_000_000L))))
                    .commodity(Commodity.GAS).build());
        }
        return b.build();
    }

    /** {@return enrollments of {@link #retailAccounts()}, on- and off-cycle, dual and SBO} */
    public static Generator<Enrollment> enrollments() {
        Generator<RetailAccount> accounts = retailAccounts();
        Generator<EnrollmentCycle> cycles = Generator.oneOf(EnrollmentCycle.values());
        Generator<BillingOption> options = Generator.oneOf(BillingOption.values());
        return accounts.zip(cycles.zip(options, (c, o) -> new Object[] {c, o}),
                (account, co) -> Enrollment.builder()
                        .account(account)
                        .cycle((EnrollmentCycle) co[0])
                        .requestedBillingOption((BillingOption) co[1])
                        .build());
    }

    /**
     * {@return local dates from 1970 to 2100; edge cases are the America/Chicago DST transition days of
     * 2024 and 2025, the days around them, and the ends of the range}
     */
    public static Generator<LocalDate> localDates() {
        List<LocalDate> edges = new ArrayList<>();
        java.time.Instant from = LocalDate.of(2024, 1, 1).atStartOfDay(CHICAGO).toInstant();
        for (ZoneOffsetTransition t = CHICAGO.getRules().nextTransition(from);
                t != null && t.getInstant().atZone(CHICAGO).getYear() <= 2025;
                t = CHICAGO.getRules().nextTransition(t.getInstant())) {
            LocalDate day = t.getDateTimeBefore().toLocalDate();
            edges.add(day.minusDays(1));
            edges.add(day);
            edges.add(day.plusDays(1));
        }
        edges.add(LocalDate.of(1970, 1, 1));
        edges.add(LocalDate.of(2100, 12, 31));
        long first = LocalDate.of(1970, 1, 1).toEpochDay();
        long last = LocalDate.of(2100, 12, 31).toEpochDay();
        return Generator.of(edges, r -> LocalDate.ofEpochDay(first + r.nextLong(last - first + 1)));
    }
}

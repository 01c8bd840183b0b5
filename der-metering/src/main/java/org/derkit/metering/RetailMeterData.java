package org.derkit.metering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.derkit.edi.AmerenProfile;
import org.derkit.edi.Edi867;
import org.derkit.edi.IntervalChannel;
import org.derkit.edi.UsageLoop;
import org.derkit.edi.UsageQuantity;
import org.derkit.model.AccountNumber;
import org.derkit.model.Energy;
import org.derkit.model.InvalidValueException;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingPeriod;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.derkit.model.retail.ServicePointMeterData;

/**
 * From 867 usage read with {@link UsageReader} to what the retail meter-data rules RES-17 to RES-25
 * evaluate: one {@link ServicePointMeterData} per 867, which der-rules' {@code MeterData.of} turns
 * into the rules' subject (der-rules and der-metering do not depend on each other; both speak
 * der-model).
 *
 * <p>Semantics, per 867 (one service point, one billing period):
 * <ul>
 * <li>RES-17: the 867s of the same account (REF*12; the service point itself when the 867 names no
 * account) and the same billing period form one billing; each contributes its service point.</li>
 * <li>RES-18: each interval loop's kWh channel summed exactly, with its role (REF*JH), and the kWh
 * QTY total of the summary loop (PTD*SU), all on the file's basis (as the 867 states them). A meter
 * loop without a kWh channel (demand only) has no kWh usage and is not listed. Read the 867s with
 * {@code UsageReader.ameren().withServicePointTotalsChecked(false)} for RES-18 to see a total that
 * differs from the meters' net: the default reader refuses such an 867 ({@code TOTAL_MISMATCH}).</li>
 * <li>RES-20: the period's daylight-saving day in the profile's zone if it has one (the first),
 * else its first day.</li>
 * <li>RES-21: the hour this period shares with the next period of the service point (else with the
 * previous one), found by stitching the given periods ({@link UsageReader#stitch}), as the net of
 * the meters' kWh parts (additive minus subtractive). A second 867 for the same service point and
 * period is left out of the stitching (RES-17 reports it), so it cannot overlap the first.</li>
 * <li>RES-24: the delivery voltage and system load are not in an 867; add them with
 * {@link ServicePointMeterData#withLoss}.</li>
 * </ul>
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class RetailMeterData {

    private RetailMeterData() {
    }

    /**
     * The meter data of every 867 read with the default Ameren profile, in the order given.
     *
     * @param transactions the 867s, as {@link UsageReader#ameren()} delivers them, in any order
     * @return one entry per 867, in the order given, never null
     * @throws UsageReadException if the periods of a service point cannot be stitched (they overlap)
     * @throws InvalidValueException if an interval loop has no meter number (REF*MG)
     */
    public static List<ServicePointMeterData> of(List<TransactionUsage> transactions) {
        return of(transactions, AmerenProfile.DEFAULT);
    }

    /**
     * The meter data of every 867, in the order given.
     *
     * @param transactions the 867s, as a {@link UsageReader} with this profile delivers them, in any order
     * @param profile the profile the 867s were read with (loop codes, zone)
     * @return one entry per 867, in the order given, never null
     * @throws UsageReadException if the periods of a service point cannot be stitched (they overlap)
     * @throws InvalidValueException if an interval loop has no meter number (REF*MG)
     */
    public static List<ServicePointMeterData> of(List<TransactionUsage> transactions, AmerenProfile profile) {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(profile, "profile");
        ZoneId zone = profile.clock().zone();
        Map<BillingKey, List<ServicePointId>> billings = new LinkedHashMap<>();
        Map<BillingKey, ReconstructedPeriod> firstOfPeriod = new LinkedHashMap<>();
        for (TransactionUsage t : transactions) {
            ReconstructedPeriod p = t.period();
            billings.computeIfAbsent(billingKey(t), k -> new ArrayList<>()).add(p.servicePoint());
            firstOfPeriod.putIfAbsent(new BillingKey(p.servicePoint().value(), p.period()), p);
        }
        Map<BillingKey, ServicePointMeterData.SharedHour> sharedHours =
                sharedHours(UsageReader.stitch(firstOfPeriod.values()), zone);
        List<ServicePointMeterData> out = new ArrayList<>(transactions.size());
        for (TransactionUsage t : transactions) {
            ReconstructedPeriod p = t.period();
            Edi867 edi = t.transaction();
            out.add(new ServicePointMeterData(p.servicePoint(), p.period(), edi.account(), billings.get(billingKey(t)),
                    Optional.empty(), meters(edi, profile), statedTotal(edi, profile),
                    Optional.of(intervalDay(p.period(), zone)),
                    Optional.ofNullable(sharedHours.get(new BillingKey(p.servicePoint().value(), p.period()))),
                    Optional.empty(), Optional.empty()));
        }
        return out;
    }

    /** A billing: an account (or a service point without one) and a period. */
    private record BillingKey(String owner, BillingPeriod period) {
    }

    /** A split hour of a service point: the two periods (indexes into the stitched periods) and its start. */
    private record SplitKey(int earlierPeriod, int laterPeriod, Instant start) {
    }

    private static BillingKey billingKey(TransactionUsage t) {
        String owner = t.transaction().account().map(AccountNumber::value)
                .map(a -> "account " + a).orElse("service point " + t.period().servicePoint().value());
        return new BillingKey(owner, t.period().period());
    }

    private static List<ServicePointMeterData.MeterEnergy> meters(Edi867 edi, AmerenProfile profile) {
        List<ServicePointMeterData.MeterEnergy> meters = new ArrayList<>();
        for (UsageLoop loop : edi.intervalLoops(profile)) {
            Optional<IntervalChannel> kwh = loop.channel(MeterUnit.KWH);
            if (kwh.isEmpty()) {
                continue;
            }
            MeterNumber meter = loop.meterNumber().orElseThrow(() -> new InvalidValueException("meter number",
                    "REF*MG in every interval loop (PTD*" + loop.ptdCode() + ")", "none"));
            meters.add(new ServicePointMeterData.MeterEnergy(meter, loop.role(),
                    Energy.ofKilowattHours(kwh.get().sum())));
        }
        return meters;
    }

    private static Optional<Energy> statedTotal(Edi867 edi, AmerenProfile profile) {
        BigDecimal total = null;
        for (UsageQuantity q : edi.summary(profile).map(UsageLoop::quantities).orElse(List.of())) {
            if (q.unit() == MeterUnit.KWH) {
                total = total == null ? q.value() : total.add(q.value());
            }
        }
        return Optional.ofNullable(total).map(Energy::ofKilowattHours);
    }

    /** The first day of the period (start to end date, both included) whose length is not 24 hours, else the start. */
    private static LocalDate intervalDay(BillingPeriod period, ZoneId zone) {
        ZoneOffsetTransition next = zone.getRules().nextTransition(period.start().atStartOfDay(zone).toInstant());
        if (next != null) {
            LocalDate day = next.getInstant().atZone(zone).toLocalDate();
            if (!day.isAfter(period.end())) {
                return day;
            }
        }
        return period.start();
    }

    /** Per service point and period: the hour it shares with the next period, else with the previous one. */
    private static Map<BillingKey, ServicePointMeterData.SharedHour> sharedHours(List<ServicePointUsage> stitched,
            ZoneId zone) {
        Map<BillingKey, ServicePointMeterData.SharedHour> out = new HashMap<>();
        for (ServicePointUsage usage : stitched) {
            Map<MeterNumber, MeterRole> roles = new HashMap<>();
            for (IntervalSeries s : usage.meterSeries()) {
                if (s.meter().isPresent() && s.role().isPresent()) {
                    roles.put(s.meter().get(), s.role().get());
                }
            }
            // one net hour per (earlier period, later period, start), meters summed with their sign
            Map<SplitKey, BigDecimal[]> nets = new LinkedHashMap<>();
            for (SplitHour h : usage.splitHours()) {
                if (h.unit() != MeterUnit.KWH) {
                    continue;
                }
                BigDecimal[] parts = nets.computeIfAbsent(new SplitKey(h.earlierPeriod(), h.laterPeriod(), h.start()),
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                boolean subtractive = h.meter().map(roles::get).orElse(MeterRole.ADDITIVE) == MeterRole.SUBTRACTIVE;
                parts[0] = subtractive ? parts[0].subtract(h.earlierPart()) : parts[0].add(h.earlierPart());
                parts[1] = subtractive ? parts[1].subtract(h.laterPart()) : parts[1].add(h.laterPart());
            }
            String sp = usage.servicePoint().value();
            for (Map.Entry<SplitKey, BigDecimal[]> e : nets.entrySet()) {
                int earlier = e.getKey().earlierPeriod();
                int later = e.getKey().laterPeriod();
                ServicePointMeterData.SharedHour hour = new ServicePointMeterData.SharedHour(
                        e.getKey().start().atZone(zone),
                        Energy.ofKilowattHours(e.getValue()[0]), Energy.ofKilowattHours(e.getValue()[1]));
                out.put(new BillingKey(sp, usage.periods().get(earlier).period()), hour);
                out.putIfAbsent(new BillingKey(sp, usage.periods().get(later).period()), hour);
            }
        }
        return out;
    }
}

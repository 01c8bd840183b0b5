package org.derkit.edi;

import org.derkit.model.retail.EndOfDayStyle;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.derkit.model.retail.MeterUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the reader and writer over seeded generated 867 interchanges and over mangled bytes. */
class X12PropertiesTest {

    private static final long SEED = Long.getLong("QT_SEED", 20240415L);

    /** Generator settings, edge values first: DST days, split hours, subtractive meters, 0000 labels. */
    static Gen<Edi867Generator> generators() {
        Gen<LocalDate> starts = integers().between(0, 5).map(i -> List.of(LocalDate.of(2026, 3, 7),
                LocalDate.of(2026, 10, 31), LocalDate.of(2025, 11, 1), LocalDate.of(2024, 2, 28),
                LocalDate.of(2026, 4, 15), LocalDate.of(2027, 3, 13)).get(i));
        Gen<Set<MeterUnit>> units = integers().between(1, 7).map(mask -> {
            EnumSet<MeterUnit> set = EnumSet.noneOf(MeterUnit.class);
            for (MeterUnit u : MeterUnit.values()) {
                if ((mask & (1 << u.ordinal())) != 0) {
                    set.add(u);
                }
            }
            return set;
        });
        Gen<Edi867Generator> base = longs().all().zip(integers().between(1, 3), integers().between(1, 3),
                (seed, sps, meters) -> Edi867Generator.withSeed(seed).withServicePoints(sps)
                        .withMetersPerServicePoint(meters));
        Gen<Edi867Generator> shaped = base.zip(starts, integers().between(1, 4), integers().between(0, 22),
                (g, start, days, hour) -> g.withPeriod(start, start.plusDays(days)).withReadHour(hour));
        return shaped.zip(booleans().all(), booleans().all(), units, integers().between(1, 2),
                (g, split, sub, u, periods) -> g.withSplitHours(split).withSubtractiveMeters(sub).withUnits(u)
                        .withPeriods(periods).withMultipliers(sub)
                        .withProfile(split ? AmerenProfile.DEFAULT.withEndOfDayStyle(
                                EndOfDayStyle.MIDNIGHT_NEXT_DAY) : AmerenProfile.DEFAULT));
    }

    private static byte[] bytesOf(Edi867Generator g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        g.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void read_write_read_is_the_identity_and_generated_files_are_canonical() {
        qt().withFixedSeed(SEED).withExamples(60)
                .forAll(generators())
                .describedAs(g -> "generator with " + g.transactionCount() + " transaction sets")
                .check(g -> {
                    byte[] original = bytesOf(g);
                    List<Interchange> first;
                    try (X12Reader r = Fixtures.strict(original)) {
                        first = r.readInterchanges();
                    }
                    byte[] written = Fixtures.write(first, LineEnding.LF);
                    List<Interchange> second;
                    try (X12Reader r = Fixtures.strict(written)) {
                        second = r.readInterchanges();
                    }
                    return Arrays.equals(original, written) && first.equals(second)
                            && first.get(0).groups().get(0).transactions().size() == g.transactionCount();
                });
    }

    @Test
    void any_bytes_yield_transactions_or_typed_problems_and_both_modes_agree_on_the_first() {
        byte[] valid = Fixtures.bytes("867/subtractive-meter.x12");
        Gen<byte[]> mangled = longs().all().zip(integers().between(0, 3), (seed, kind) -> mangle(valid, seed, kind));
        qt().withFixedSeed(SEED).withExamples(400)
                .forAll(mangled)
                .describedAs(b -> b.length + " bytes: " + new String(b, 0, Math.min(b.length, 60),
                        java.nio.charset.StandardCharsets.ISO_8859_1))
                .check(bytes -> {
                    X12ErrorCode collected;
                    int delivered = 0;
                    try (X12Reader r = Fixtures.collecting(bytes)) {
                        while (r.hasNext()) {
                            r.next();
                            delivered++;
                        }
                        collected = r.problems().isEmpty() ? null : r.problems().get(0).code();
                    }
                    X12ErrorCode strict = null;
                    int strictDelivered = 0;
                    try (X12Reader r = Fixtures.strict(bytes)) {
                        while (r.hasNext()) {
                            r.next();
                            strictDelivered++;
                        }
                    } catch (X12Exception ex) {
                        strict = ex.code();
                    }
                    return collected == strict && (strict != null || delivered == strictDelivered);
                });
    }

    /** Flips, deletes, inserts or truncates bytes of a valid file, or makes pure noise. */
    static byte[] mangle(byte[] valid, long seed, int kind) {
        Random rnd = new Random(seed);
        byte[] b = valid.clone();
        switch (kind) {
            case 0:
                for (int i = 0, n = 1 + rnd.nextInt(4); i < n; i++) {
                    String alphabet = "*~>0123456789AZQ.-\n\r ";
                    b[rnd.nextInt(b.length)] = (byte) alphabet.charAt(rnd.nextInt(alphabet.length()));
                }
                return b;
            case 1:
                return Arrays.copyOf(b, rnd.nextInt(b.length));
            case 2: {
                int at = rnd.nextInt(b.length);
                int len = 1 + rnd.nextInt(Math.min(60, b.length - at));
                byte[] out = new byte[b.length - len];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + len, out, at, b.length - at - len);
                return out;
            }
            default: {
                byte[] noise = new byte[rnd.nextInt(300)];
                rnd.nextBytes(noise);
                if (noise.length > 110 && rnd.nextBoolean()) {
                    System.arraycopy(valid, 0, noise, 0, 106);
                }
                return noise;
            }
        }
    }
}

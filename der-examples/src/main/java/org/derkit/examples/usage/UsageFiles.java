package org.derkit.examples.usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.derkit.edi.AmerenProfile;
import org.derkit.edi.Edi867;
import org.derkit.edi.IntervalChannel;
import org.derkit.model.retail.ReadingQuality;
import org.derkit.edi.Transaction;
import org.derkit.edi.UsageLoop;
import org.derkit.edi.X12Exception;
import org.derkit.edi.X12Factory;
import org.derkit.edi.X12Reader;
import org.derkit.model.retail.IntervalLabel;
import org.derkit.metering.IntervalReconstructor;
import org.derkit.metering.MeterChannel;
import org.derkit.model.retail.MeterUnit;
import org.derkit.metering.MeteringException;
import org.derkit.metering.MeteringProblem;
import org.derkit.metering.Multiplier;
import org.derkit.metering.ReconstructedPeriod;
import org.derkit.metering.ServicePointUsage;
import org.derkit.metering.Stitcher;
import org.derkit.metering.UsageReport;
import org.derkit.model.InvalidValueException;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.BillingPeriod;
import org.derkit.model.retail.MeterRole;

/**
 * The glue between der-edi and der-metering: reads 867 files with the strict X12 reader, turns each
 * 867 transaction set into one {@link UsageReport} (one {@link MeterChannel} per meter loop and
 * unit, the meter multiplier from {@code MEA**MU}, the role from {@code REF*JH}), reconstructs the
 * intervals and stitches the periods of each service point.
 *
 * <pre>{@code
 * List<ReconstructedPeriod> periods = UsageFiles.reconstruct(List.of(march, april));
 * List<ServicePointUsage> usage = UsageFiles.stitch(periods);
 * usage.get(0).isEnergyConserved();     // true: exact sums
 * }</pre>
 *
 * <p>Problems are never repaired: an X12 problem, a missing service point or billing period, or a
 * reconstruction problem (gap, duplicate, wrong day count) is a {@link UsageInputException} naming
 * the file, the transaction set, the segment position of the value and the reason.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class UsageFiles {

    private UsageFiles() {
    }

    /**
     * Reads every 867 of a file into usage reports, in file order (other transaction sets are
     * skipped). Each report's source is {@code <file> ST <control number>}.
     *
     * @throws UsageInputException for the first X12 problem or a transaction set without service
     *         point, billing period or meter number
     * @throws IOException if the file cannot be read
     */
    public static List<UsageReport> read(Path file) throws UsageInputException, IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), AmerenProfile.DEFAULT, null);
        }
    }

    /**
     * Reads every 867 of a stream into usage reports, in order; the stream is closed.
     *
     * @param name the name of the input in messages and sources
     * @throws UsageInputException for the first X12 problem or a transaction set without service
     *         point, billing period or meter number
     */
    public static List<UsageReport> read(InputStream in, String name) throws UsageInputException {
        return read(in, name, AmerenProfile.DEFAULT, null);
    }

    private static List<UsageReport> read(InputStream in, String name, AmerenProfile profile, SegmentIndex segments)
            throws UsageInputException {
        List<UsageReport> reports = new ArrayList<>();
        int n867 = 0;
        try (X12Reader reader = X12Factory.newFactory().withProfile(profile).newReader(in)) {
            while (reader.hasNext()) {
                Transaction t = reader.next();
                if (t instanceof Edi867) {
                    reports.add(report((Edi867) t, n867++, name, profile, segments));
                }
            }
        } catch (X12Exception e) {
            throw new UsageInputException(name, e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UsageInputException(name, "cannot be read: " + e.getCause().getMessage(), e);
        }
        if (reports.isEmpty()) {
            throw new UsageInputException(name, "no 867 transaction set");
        }
        return reports;
    }

    private static UsageReport report(Edi867 t, int number, String name, AmerenProfile profile, SegmentIndex segments)
            throws UsageInputException {
        String source = name + " ST " + t.controlNumber();
        String where = "transaction set 867 " + t.controlNumber() + ": ";
        ServicePointId sp = t.servicePoint(profile).orElseThrow(() -> new UsageInputException(name,
                where + "no service point (REF*" + profile.servicePointQualifier() + ")"));
        LocalDate start = t.periodStart().orElseThrow(() -> new UsageInputException(name,
                where + "no billing period start (DTM*150)"));
        LocalDate end = t.periodEnd().orElseThrow(() -> new UsageInputException(name,
                where + "no billing period end (DTM*151)"));
        BillingPeriod period;
        try {
            period = new BillingPeriod(start, end);
        } catch (InvalidValueException e) {
            throw new UsageInputException(name, where + "billing period (DTM*150, DTM*151): " + e.getMessage(), e);
        }
        List<MeterChannel> channels = new ArrayList<>();
        List<UsageLoop> loops = t.loops();
        for (int l = 0; l < loops.size(); l++) {
            UsageLoop loop = loops.get(l);
            if (!profile.intervalLoopCodes().contains(loop.ptdCode())) {
                continue;
            }
            int loopNumber = l;
            MeterNumber meter = loop.meterNumber().orElseThrow(() -> new UsageInputException(name,
                    where + "PTD*" + loop.ptdCode() + " loop " + (loopNumber + 1) + " has no meter number (REF*MG)"));
            MeterRole role = loop.role();
            Multiplier multiplier;
            try {
                multiplier = Multiplier.of(loop.multiplier());
            } catch (InvalidValueException e) {
                throw new UsageInputException(name, where + "meter " + meter + " MEA**MU: " + e.getMessage(), e);
            }
            for (IntervalChannel ch : loop.channels()) {
                MeterUnit unit = ch.unit();
                int[] positions = segments == null ? new int[0] : segments.positions(number, l, ch.unit().x12Code());
                MeterChannel.Builder b = MeterChannel.builder(meter, role, unit)
                        .multiplier(multiplier, profile.intervalsIncludeMultiplier());
                for (int i = 0; i < ch.size(); i++) {
                    int segment = i < positions.length ? positions[i] : 0;
                    ReadingQuality q = ch.quality(i);
                    BigDecimal value = ch.value(i);
                    try {
                        b.add(IntervalLabel.parse(ch.labelDate(i), ch.labelTimeText(i)), value, q, segment);
                    } catch (InvalidValueException e) {
                        throw new UsageInputException(name, where + "meter " + meter + " " + unit.symbol()
                                + (segment > 0 ? ", segment " + segment : ", value " + (i + 1)) + ": " + e.getMessage(), e);
                    }
                }
                channels.add(b.build());
            }
        }
        return new UsageReport(sp, period, source, channels);
    }

    /**
     * Reads and reconstructs every 867 of the files, in the order given then file order. If a
     * report does not reconstruct, the file is read again to name the segment of each bad value.
     *
     * @throws UsageInputException naming the file, transaction set, segment and reason
     * @throws IOException if a file cannot be read
     */
    public static List<ReconstructedPeriod> reconstruct(List<Path> files) throws UsageInputException, IOException {
        IntervalReconstructor reconstructor = IntervalReconstructor.ameren();
        List<ReconstructedPeriod> periods = new ArrayList<>();
        for (Path file : files) {
            List<UsageReport> reports = read(file);
            for (int r = 0; r < reports.size(); r++) {
                try {
                    periods.add(reconstructor.reconstruct(reports.get(r)));
                } catch (MeteringException e) {
                    throw located(file, r, reconstructor, e);
                }
            }
        }
        return periods;
    }

    private static UsageInputException located(Path file, int report, IntervalReconstructor reconstructor,
            MeteringException original) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<MeteringProblem> problems = original.problems();
        try {
            UsageReport again = read(new java.io.ByteArrayInputStream(bytes), file.toString(), AmerenProfile.DEFAULT,
                    SegmentIndex.scan(bytes)).get(report);
            List<MeteringProblem> withSegments = reconstructor.check(again);
            if (!withSegments.isEmpty()) {
                problems = withSegments;
            }
        } catch (UsageInputException | RuntimeException e) {
            // the first reading succeeded; keep its problems if the second one differs
        }
        return new UsageInputException(file.toString(), describe(problems), original);
    }

    /**
     * Stitches reconstructed periods per service point (any order; split hours summed).
     *
     * @throws UsageInputException listing overlaps and other stitching problems, each naming its file
     */
    public static List<ServicePointUsage> stitch(List<ReconstructedPeriod> periods) throws UsageInputException {
        try {
            return Stitcher.stitchAll(periods);
        } catch (MeteringException e) {
            String files = periods.stream().map(p -> p.source().replaceFirst(" ST .*$", "")).distinct()
                    .collect(Collectors.joining(", "));
            throw new UsageInputException(files, describe(e.problems()), e);
        }
    }

    private static String describe(List<MeteringProblem> problems) {
        StringBuilder s = new StringBuilder();
        int shown = Math.min(problems.size(), 10);
        for (int i = 0; i < shown; i++) {
            s.append(i == 0 ? "" : "; ").append(problems.get(i).message());
        }
        if (problems.size() > shown) {
            s.append("; and ").append(problems.size() - shown).append(" more");
        }
        return s.toString();
    }
}

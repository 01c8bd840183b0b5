package org.derkit.examples.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.derkit.examples.data.BundledData;
import org.derkit.examples.plot.DemoPlots;
import org.derkit.examples.plot.SvgChart;
import org.derkit.examples.screen.Screener;
import org.derkit.model.MeterNumber;
import org.derkit.metering.TransactionUsage;
import org.derkit.metering.UsageReadException;
import org.derkit.metering.UsageReader;
import org.derkit.model.retail.IntervalClock;
import org.derkit.metering.IntervalSeries;
import org.derkit.model.retail.MeterUnit;
import org.derkit.metering.MeteringCsv;
import org.derkit.metering.PeriodUsage;
import org.derkit.metering.ReconstructedPeriod;
import org.derkit.metering.ServicePointUsage;
import org.derkit.metering.SplitHour;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.rules.Findings;
import org.derkit.rules.Outcome;
import org.derkit.rules.RulesCsv;
import org.derkit.rules.Topic;

/**
 * The main job on the bundled sample data, as {@code derkit demo} runs it: screens the bundled
 * applications against the whole rule book and prints a report grouped by topic; reads the bundled
 * 867 files, writes their interval and series CSV and checks that energy is conserved; draws the
 * volt-var, ride-through and daylight-saving-day charts. Everything is written into one directory.
 */
public final class Demo {

    /**
     * Outcomes worth a line of their own in the printed report (shortened to one screen line); the
     * other outcomes are counted, and screening-report.txt has every finding in full.
     */
    private static final List<Outcome> NOTABLE = List.of(Outcome.FAIL, Outcome.VALUE);

    /**
     * What the demo did, in numbers.
     *
     * @param applications the applications screened
     * @param requirements the catalogue ids per application (rows of screening.csv per application)
     * @param encoded the catalogue ids the rule book encodes
     * @param outcomes how many rows had each outcome
     * @param files the 867 files read
     * @param periods the billing periods (867 transaction sets)
     * @param intervals the meter intervals (rows of intervals.csv)
     * @param seriesRows the rows of series.csv
     * @param splitHours the split billing hours (per service point and unit; each meter has a part)
     * @param dstDays the daylight-saving days with their number of values
     * @param energyConserved the result of the exact energy-conservation check
     * @param written the files written, relative to the output directory
     */
    public record Summary(int applications, int requirements, int encoded, Map<Outcome, Integer> outcomes, int files,
            int periods, int intervals, int seriesRows, int splitHours, Map<LocalDate, Integer> dstDays,
            boolean energyConserved, List<String> written) {
        /**
         * Keeps unmodifiable copies of the maps and the list.
         *
         * @param applications the applications screened
         * @param requirements the catalogue ids per application (rows of screening.csv per application)
         * @param encoded the catalogue ids the rule book encodes
         * @param outcomes how many rows had each outcome
         * @param files the 867 files read
         * @param periods the billing periods (867 transaction sets)
         * @param intervals the meter intervals (rows of intervals.csv)
         * @param seriesRows the rows of series.csv
         * @param splitHours the split billing hours (per service point and unit; each meter has a part)
         * @param dstDays the daylight-saving days with their number of values
         * @param energyConserved the result of the exact energy-conservation check
         * @param written the files written, relative to the output directory
         */
        public Summary {
            outcomes = Map.copyOf(outcomes);
            dstDays = Map.copyOf(dstDays);
            written = List.copyOf(written);
        }
    }

    private final Path outDir;
    private final PrintStream out;
    private final List<String> written = new ArrayList<>();

    private Demo(Path outDir, PrintStream out) {
        this.outDir = outDir;
        this.out = out;
    }

    /**
     * Runs the demo.
     *
     * @param outDir the output directory (created if needed; files in it are replaced)
     * @param out where the report goes
     * @return what the demo screened, read and wrote, for a test or a caller to check
     * @throws IOException if a file cannot be written
     * @throws UsageReadException if a bundled 867 file cannot be read (a broken build)
     */
    public static Summary run(Path outDir, PrintStream out) throws IOException {
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(out, "out");
        Files.createDirectories(outDir);
        return new Demo(outDir, out).run();
    }

    private Summary run() throws IOException {
        out.println("derkit demo: bundled sample data; results go to " + outDir + "/");
        out.println();
        Screener screener = Screener.ameren();
        // the CSV rows (the flat subset) and the JSON documents (every input of every rule)
        List<InterconnectionApplication> apps = new ArrayList<>(BundledData.applications());
        apps.addAll(BundledData.jsonApplications());
        Map<Outcome, Integer> outcomes = screen(screener, apps);
        Usage usage = usage();
        plots(usage.net);
        int requirements = screener.book().catalogue().entries().size();
        int findings = apps.size() * requirements;
        out.println();
        out.println("derkit demo: screened " + apps.size() + " applications x " + requirements + " requirements = "
                + findings + " findings: " + counts(outcomes));
        out.println("derkit demo: read " + usage.files + " 867 files: " + usage.periods.size() + " billing periods, "
                + usage.intervals + " meter intervals, " + usage.seriesRows + " net hours, " + usage.splitHours
                + " split billing hour(s) (" + usage.splitParts + " meter parts), daylight-saving days " + usage.dstDays.entrySet().stream()
                        .map(e -> e.getKey() + " (" + e.getValue() + " hours)").collect(Collectors.joining(" and ")));
        out.println("derkit demo: energy conserved: " + (usage.conserved ? "yes" : "NO")
                + " (stitched totals equal the files' values exactly; net = additive - subtractive)");
        out.println("derkit demo: wrote " + written.size() + " files to " + outDir + "/: " + String.join(", ", written));
        return new Summary(apps.size(), requirements, screener.book().rules().size(), outcomes, usage.files,
                usage.periods.size(), usage.intervals, usage.seriesRows, usage.splitHours, usage.dstDays,
                usage.conserved, written);
    }

    // ------------------------------------------------------------------ screening

    private Map<Outcome, Integer> screen(Screener screener, List<InterconnectionApplication> apps) throws IOException {
        out.println("1. Screening " + apps.size() + " bundled applications against the Ameren rule book ("
                + screener.book().rules().size() + " requirements)");
        Map<String, List<Screener.Row>> rows = new LinkedHashMap<>();
        Map<String, Findings> findings = new LinkedHashMap<>();
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (InterconnectionApplication a : apps) {
            Findings f = screener.evaluate(a);
            findings.put(a.id().value(), f);
            List<Screener.Row> r = screener.rows(a.id().value(), f);
            rows.put(a.id().value(), r);
            r.forEach(x -> outcomes.merge(x.outcome(), 1, Integer::sum));
        }
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(10);
        StringBuilder file = new StringBuilder("derkit demo: screening report, every finding, grouped by topic\n");
        for (Topic topic : Topic.values()) {
            List<String> ids = screener.book().byTopic(topic).ids();
            if (ids.isEmpty()) {
                continue;
            }
            String heading = "\n   " + title(topic) + " (" + ids.size() + (ids.size() == 1 ? " rule: " : " rules: ")
                    + range(ids) + ")";
            out.println(heading);
            file.append(heading).append('\n');
            for (Map.Entry<String, List<Screener.Row>> e : rows.entrySet()) {
                List<Screener.Row> inTopic = e.getValue().stream().filter(r -> ids.contains(r.requirement())).toList();
                Map<Outcome, Integer> c = new EnumMap<>(Outcome.class);
                inTopic.forEach(r -> c.merge(r.outcome(), 1, Integer::sum));
                out.printf("     %-" + width + "s  %s%n", e.getKey(), counts(c));
                file.append(String.format("     %s%n", e.getKey()));
                for (Screener.Row r : inTopic) {
                    String line = String.format("       %-8s %-17s %s%s", r.requirement(), r.outcome(),
                            r.value().isEmpty() ? "" : r.value() + ": ", r.explanation());
                    file.append(line).append('\n');
                    if (NOTABLE.contains(r.outcome())) {
                        out.println(line.length() <= 150 ? line : line.substring(0, 147) + "...");
                    }
                }
            }
        }
        write("screening-report.txt", file.toString());
        StringBuilder csv = new StringBuilder();
        RulesCsv.writeScreenHeader(csv);
        findings.forEach((id, f) -> RulesCsv.writeScreenRows(id, f, csv));
        write("screening.csv", csv.toString());
        out.println("\n   Every finding with its explanation: screening-report.txt; as CSV: screening.csv");
        return outcomes;
    }

    private static String title(Topic topic) {
        String t = topic.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        t = t.replace("btm", "BTM").replace("scada", "SCADA").replace("dtt", "DTT").replace("pto", "PTO");
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static String range(List<String> ids) {
        return ids.size() <= 3 ? String.join(", ", ids) : ids.get(0) + " .. " + ids.get(ids.size() - 1);
    }

    private static String counts(Map<Outcome, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    // ------------------------------------------------------------------ metering

    private record Usage(int files, List<ReconstructedPeriod> periods, List<ServicePointUsage> usages, int intervals,
            int seriesRows, int splitHours, int splitParts, Map<LocalDate, Integer> dstDays, boolean conserved, IntervalSeries net) {
    }

    private Usage usage() throws IOException {
        out.println();
        Path dir = outDir.resolve("867");
        List<Path> files = BundledData.copyUsageFiles(dir);
        files.forEach(f -> written.add("867/" + f.getFileName()));
        out.println("2. Reading " + files.size() + " bundled 867 files (copied to " + dir + "/; try"
                + " ./derkit 867 series " + dir + "/*.x12)");
        IntervalClock clock = IntervalClock.ameren();
        List<ReconstructedPeriod> periods = UsageReader.ameren().readAll(files).stream()
                .map(TransactionUsage::period).toList();
        List<ServicePointUsage> usages = UsageReader.stitch(periods);
        int intervals = 0;
        for (ReconstructedPeriod p : periods) {
            int n = p.meters().stream().mapToInt(IntervalSeries::size).sum();
            intervals += n;
            out.printf("     %-40s service point %s, %s..%s, %d meter channels, %d intervals%n", p.source(),
                    p.servicePoint().value(), p.period().start(), p.period().end(), p.meters().size(), n);
        }
        StringBuilder intervalsCsv = new StringBuilder();
        MeteringCsv.writePeriodIntervals(intervalsCsv, periods, clock);
        write("intervals.csv", intervalsCsv.toString());
        StringBuilder seriesCsv = new StringBuilder();
        MeteringCsv.writeUsageSeries(seriesCsv, usages, clock);
        write("series.csv", seriesCsv.toString());
        int seriesRows = (int) seriesCsv.chars().filter(c -> c == '\n').count() - 1;
        int splits = 0;
        java.util.Set<String> splitStarts = new java.util.HashSet<>();
        boolean conserved = true;
        Map<LocalDate, Integer> dst = new LinkedHashMap<>();
        IntervalSeries firstNet = null;
        for (ServicePointUsage u : usages) {
            conserved &= u.isEnergyConserved();
            for (SplitHour s : u.splitHours()) {
                splits++;
                splitStarts.add(u.servicePoint().value() + " " + s.unit() + " " + s.start());
                out.printf("     split hour %s meter %s %s: %s (period %d) + %s (period %d) = %s%n",
                        clock.format(s.start()), s.meter().map(MeterNumber::value).orElse("(account level)"),
                        s.unit().symbol(), s.earlierPart().toPlainString(),
                        s.earlierPeriod() + 1, s.laterPart().toPlainString(), s.laterPeriod() + 1,
                        s.total().toPlainString());
            }
            for (PeriodUsage v : u.periodView()) {
                out.printf("     service point %s period %d (%s..%s) %s: additive %s - subtractive %s = net %s%s%s%n",
                        u.servicePoint().value(), v.periodIndex() + 1, v.period().start(), v.period().end(),
                        v.unit().symbol(), v.additive().toPlainString(), v.subtractive().toPlainString(),
                        v.net().toPlainString(), v.partialFirstHour().map(h -> ", shares its first hour").orElse(""),
                        v.partialLastHour().map(h -> ", shares its last hour").orElse(""));
            }
            IntervalSeries net = u.net(MeterUnit.KWH).orElse(null);
            if (net != null) {
                if (firstNet == null) {
                    firstNet = net;
                }
                for (LocalDate d : DemoPlots.dstDaysOf(net, clock)) {
                    int values = 0;
                    for (int i = 0; i < net.size(); i++) {
                        if (LocalDate.ofInstant(net.start(i), clock.zone()).equals(d)) {
                            values++;
                        }
                    }
                    dst.put(d, values);
                    out.printf("     %s: a %d-hour day, %d hourly values (%s)%n", d, clock.dayMinutes(d) / 60, values,
                            clock.dayMinutes(d) < 24 * 60 ? "spring forward: no 02:00-03:00" : "fall back: 01:00 twice");
                }
            }
        }
        BigDecimal total = usages.stream().flatMap(u -> u.netSeries().stream()).filter(s -> s.unit() == MeterUnit.KWH)
                .map(IntervalSeries::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        out.println("     net kWh over all periods: " + total.toPlainString() + "; energy conserved: "
                + (conserved ? "yes" : "NO"));
        out.println("     wrote intervals.csv (" + intervals + " rows) and series.csv (" + seriesRows + " rows)");
        return new Usage(files.size(), periods, usages, intervals, seriesRows, splitStarts.size(), splits, dst, conserved,
                firstNet);
    }

    // ------------------------------------------------------------------ plots

    private void plots(IntervalSeries net) throws IOException {
        out.println();
        out.println("3. Charts (SVG, open them in a browser)");
        chart("volt-var.svg", DemoPlots.voltVar(), "volt-var Q(V), seed Table 7 (INV-12) and IEEE Category B");
        chart("ride-through-voltage.svg", DemoPlots.voltageRideThrough(),
                "voltage ride-through envelopes (INV-10), seed Table 5 and IEEE Category III");
        chart("ride-through-frequency.svg", DemoPlots.frequencyRideThrough(),
                "frequency ride-through envelopes (INV-11), seed Table 6 and IEEE 1547-2018");
        if (net != null) {
            chart("dst-days.svg", DemoPlots.dstDays(net, IntervalClock.ameren()),
                    "hourly net kWh of the 23- and 25-hour days");
        }
    }

    private void chart(String name, SvgChart chart, String what) throws IOException {
        chart.write(outDir.resolve(name));
        written.add(name);
        out.printf("     %-27s %s%n", name, what);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(outDir.resolve(name), text, StandardCharsets.UTF_8);
        written.add(name);
    }
}

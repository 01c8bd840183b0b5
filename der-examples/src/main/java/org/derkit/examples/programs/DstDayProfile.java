package org.derkit.examples.programs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.derkit.examples.data.BundledData;
import org.derkit.metering.UsageReader;
import org.derkit.model.retail.IntervalClock;
import org.derkit.metering.IntervalSeries;
import org.derkit.model.retail.MeterUnit;
import org.derkit.metering.ServicePointUsage;

/**
 * Reads 867 files (the bundled ones by default), stitches each service point's periods and prints
 * the hourly net kWh of every day that is not 24 hours long: the spring-forward day has 23 hours,
 * the fall-back day 25, and its 01:00 appears twice with two offsets.
 */
public final class DstDayProfile {

    private DstDayProfile() {
    }

    /**
     * Prints the daylight-saving days of the 867 files given as arguments, or of the bundled ones.
     *
     * @param args 867 files, in time order; none for the bundled files
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        List<Path> files = args.length > 0 ? java.util.Arrays.stream(args).map(Path::of).toList()
                : BundledData.copyUsageFiles(Files.createTempDirectory("derkit-867"));
        run(files, System.out);
    }

    /**
     * Reads and stitches the files, then prints each net kWh value of the days that are not 24
     * hours long, in America/Chicago local time.
     *
     * @param files 867 files, in time order
     * @param out where to print
     * @return the number of hourly values found per daylight-saving day (23 and 25 for whole days)
     * @throws IOException if a file cannot be read
     */
    public static Map<LocalDate, Integer> run(List<Path> files, PrintStream out) throws IOException {
        IntervalClock clock = IntervalClock.ameren();
        Map<LocalDate, Integer> hours = new LinkedHashMap<>();
        for (ServicePointUsage usage : UsageReader.ameren().readAndStitch(files)) {
            IntervalSeries net = usage.net(MeterUnit.KWH).orElseThrow();
            for (int i = 0; i < net.size(); i++) {
                LocalDate day = LocalDate.ofInstant(net.start(i), clock.zone());
                if (clock.dayMinutes(day) != 24 * 60) {
                    if (!hours.containsKey(day)) {
                        out.println(day + " (" + clock.dayMinutes(day) / 60 + " hours), service point "
                                + usage.servicePoint().value() + ", net kWh:");
                    }
                    hours.merge(day, 1, Integer::sum);
                    out.println("  " + clock.format(net.start(i)) + "  " + net.value(i).toPlainString());
                }
            }
        }
        return hours;
    }
}

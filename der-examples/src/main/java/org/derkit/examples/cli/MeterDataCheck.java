package org.derkit.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.derkit.metering.RetailMeterData;
import org.derkit.metering.TransactionUsage;
import org.derkit.metering.UsageReadException;
import org.derkit.metering.UsageReader;
import org.derkit.model.AccountNumber;
import org.derkit.model.ActivePower;
import org.derkit.model.InvalidValueException;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.Commodity;
import org.derkit.model.retail.DeliveryVoltageLevel;
import org.derkit.model.retail.Enrollment;
import org.derkit.model.retail.ServicePoint;
import org.derkit.model.retail.ServicePointMeterData;
import org.derkit.rules.RulesCsv;
import org.derkit.rules.book.MeterData;
import org.derkit.rules.book.MeterDataRules;
import org.derkit.rules.document.JsonDocumentException;

/**
 * {@code derkit 867 check FILE... [--enrollment FILE.json] [--delivery-voltage V --system-load-mw MW]}:
 * the retail meter-data rules (RES-17, 18, 20, 21, 24, 25) on 867 usage, one block of rows per
 * service point and billing period, in the CSV of {@code derkit screen}.
 */
final class MeterDataCheck {

    private MeterDataCheck() {
    }

    /** The subcommand's part of {@code derkit 867 --help}. */
    static String help() {
        return """
                check      The retail meter-data rules (RES-17, RES-18, RES-20, RES-21, RES-24, RES-25) on
                           the usage of every 867, as CSV on stdout in the columns of `derkit screen`:
                             %s
                           application_id is the service point and billing period, e.g.
                           90000000/2026-03-04..2026-03-11; one row per rule in catalogue order, 867s in
                           file order. RES-17 counts the 867s of each billing of an account (REF*12 and
                           the period) against the account's electric service points when an enrollment
                           states them, else against the service points with an 867; RES-18 compares the
                           PTD*SU kWh total with the meters' net; RES-20 shows the period's DST day (else
                           its first day); RES-21 the hour shared with the next period (else the
                           previous one) among the files given. Options:
                             --enrollment FILE.json   an enrollment document (derkit enrollment --help):
                                                      its account's electric service points (RES-17)
                             --delivery-voltage V     SECONDARY, PRIMARY or HIGH_VOLTAGE, with
                             --system-load-mw MW      the Ameren Illinois system load (RES-24)
                           An 867 whose PTD*SU total differs from its meters' net is read, and RES-18
                           FAILs for its service point and period (the total, the net, the difference);
                           `derkit 867 intervals` and `series` refuse it (TOTAL_MISMATCH, exit 2).
                """.formatted(String.join(",", RulesCsv.SCREEN_HEADER));
    }

    /**
     * Runs {@code 867 check}.
     *
     * @param args the arguments after {@code check}
     * @param out standard output
     * @param err standard error
     * @return the exit code
     * @throws UsageException for bad usage
     */
    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        List<Path> files = new ArrayList<>();
        List<Path> enrollments = new ArrayList<>();
        DeliveryVoltageLevel voltage = null;
        ActivePower load = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--enrollment" -> enrollments.add(Path.of(value(args, ++i, a)));
                case "--delivery-voltage" -> voltage = voltage(value(args, ++i, a));
                case "--system-load-mw" -> load = systemLoad(value(args, ++i, a));
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("check: unknown option '" + a + "'");
                    }
                    files.add(Path.of(a));
                }
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("check: no 867 file given");
        }
        if ((voltage == null) != (load == null)) {
            throw new UsageException("check: --delivery-voltage and --system-load-mw go together");
        }
        Map<AccountNumber, List<ServicePointId>> accounts = new HashMap<>();
        for (Path e : enrollments) {
            try {
                Enrollment enrollment = DocumentFiles.readEnrollment(e);
                AccountNumber number = enrollment.account().number().orElse(null);
                if (number == null) {
                    err.println("derkit 867 check: " + e + ": $.account.number: the enrollment names no account,"
                            + " so its service points cannot be matched to 867s (REF*12)");
                    return ExitCode.BAD_INPUT;
                }
                List<ServicePointId> electric = new ArrayList<>();
                for (ServicePoint sp : enrollment.account().servicePoints()) {
                    if (sp.commodity() == Commodity.ELECTRIC) {
                        electric.add(sp.id());
                    }
                }
                accounts.put(number, electric);
            } catch (JsonDocumentException x) {
                DocumentFiles.report("derkit 867 check", e.toString(), x, err);
                return ExitCode.BAD_INPUT;
            } catch (NoSuchFileException x) {
                err.println("derkit 867 check: " + e + ": no such file");
                return ExitCode.BAD_INPUT;
            } catch (IOException | UncheckedIOException x) {
                err.println("derkit 867 check: " + e + ": cannot be read: " + x.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println("derkit 867 check: " + f + ": no such file");
                return ExitCode.BAD_INPUT;
            }
        }
        List<ServicePointMeterData> data;
        try {
            // RES-18 judges the PTD*SU total: an 867 whose total differs from its meters is a finding here
            List<TransactionUsage> usage = UsageReader.ameren().withServicePointTotalsChecked(false).readAll(files);
            data = RetailMeterData.of(usage);
        } catch (UsageReadException e) {
            err.println("derkit 867 check: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (InvalidValueException e) {
            err.println("derkit 867 check: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("derkit 867 check: cannot read: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        StringBuilder csv = new StringBuilder();
        RulesCsv.writeScreenHeader(csv);
        for (ServicePointMeterData d : data) {
            ServicePointMeterData checked = d;
            List<ServicePointId> electric = d.account().map(accounts::get).orElse(null);
            if (electric != null) {
                checked = checked.withAccountServicePoints(electric);
            }
            if (voltage != null) {
                checked = checked.withLoss(voltage, load);
            }
            RulesCsv.writeScreenRows(rowId(d), MeterDataRules.rules().evaluate(MeterData.of(checked)), csv);
        }
        out.print(csv);
        return ExitCode.OK;
    }

    /** The application_id of a row: service point, slash, period. */
    static String rowId(ServicePointMeterData d) {
        return d.servicePoint().value() + "/" + d.period().start() + ".." + d.period().end();
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException("check: " + option + " needs a value");
        }
        return args.get(i);
    }

    private static DeliveryVoltageLevel voltage(String text) throws UsageException {
        try {
            return DeliveryVoltageLevel.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new UsageException("check: --delivery-voltage: SECONDARY, PRIMARY or HIGH_VOLTAGE expected: '"
                    + text + "'");
        }
    }

    private static ActivePower systemLoad(String text) throws UsageException {
        BigDecimal mw;
        try {
            mw = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new UsageException("check: --system-load-mw: not a decimal number: '" + text + "'");
        }
        if (mw.signum() < 0) {
            throw new UsageException("check: --system-load-mw: at least 0 MW expected: " + text);
        }
        return ActivePower.ofMegawatts(mw);
    }
}

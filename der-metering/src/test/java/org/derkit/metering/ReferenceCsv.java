package org.derkit.metering;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.derkit.model.retail.IntervalClock;

/**
 * The oracle of the CSV writer's bytes: the columns of {@link MeteringCsv} written the slow,
 * obvious way (commons-csv's printer, {@link IntervalClock#format}, {@link java.math.BigDecimal#toPlainString}),
 * as {@code MeteringCsv} wrote them before {@link MeteringCsvWriter} became the one writer.
 */
final class ReferenceCsv {

    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private ReferenceCsv() {
    }

    static String intervals(Iterable<IntervalSeries> meterSeries, IntervalClock clock) {
        StringBuilder out = new StringBuilder();
        try {
            CSVPrinter p = new CSVPrinter(out, WRITE);
            p.printRecord(MeteringCsv.INTERVAL_COLUMNS);
            for (IntervalSeries s : meterSeries) {
                String sp = MeteringCsv.neutralise(s.servicePoint().value());
                String meter = MeteringCsv.neutralise(s.meter().map(m -> m.value()).orElse(""));
                for (int i = 0; i < s.size(); i++) {
                    p.printRecord(sp, meter, s.role().orElseThrow().code(), s.unit().symbol(), clock.format(s.start(i)),
                            clock.format(s.end(i)), s.value(i).toPlainString(), s.quality(i).name());
                }
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String series(Iterable<IntervalSeries> series, IntervalClock clock) {
        StringBuilder out = new StringBuilder();
        try {
            CSVPrinter p = new CSVPrinter(out, WRITE);
            p.printRecord(MeteringCsv.SERIES_COLUMNS);
            for (IntervalSeries s : series) {
                String sp = MeteringCsv.neutralise(s.servicePoint().value());
                for (int i = 0; i < s.size(); i++) {
                    p.printRecord(sp, s.unit().symbol(), clock.format(s.start(i)), clock.format(s.end(i)),
                            s.value(i).toPlainString(), Integer.toString(s.parts(i)));
                }
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

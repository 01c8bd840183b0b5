package org.derkit.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.retail.IntervalClock;
import org.derkit.model.retail.MeterRole;
import org.derkit.model.retail.MeterUnit;
import org.junit.jupiter.api.Test;

/** {@link MeteringCsvWriter} hands its output whole buffers, not a write per row. */
class BufferedCsvOutputTest {

    @Test
    void thousands_of_rows_reach_the_output_in_a_few_writes_with_the_reference_bytes() {
        IntervalSeries.Builder b = IntervalSeries.meterBuilder(ServicePointId.of("900001"), MeterNumber.of("7001"),
                MeterRole.ADDITIVE, MeterUnit.KWH, 60);
        long h = Instant.parse("2026-01-01T06:00:00Z").getEpochSecond();
        for (int i = 0; i < 6000; i++) {
            b.add(h + i * 3600L, 1000 + i, 3, 1, i % 7 == 0);
        }
        IntervalSeries s = b.build();
        int[] writes = {0};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] bytes, int off, int len) {
                writes[0]++;
                super.write(bytes, off, len);
            }
        };
        MeteringCsvWriter w = MeteringCsvWriter.intervals(out, IntervalClock.ameren());
        w.write(s);
        w.flush();
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(ReferenceCsv.intervals(List.of(s), IntervalClock.ameren()), text);
        int buffers = text.length() / (1 << 16) + 1;
        assertTrue(writes[0] <= buffers + 1, writes[0] + " writes for " + text.length() + " bytes");
    }
}

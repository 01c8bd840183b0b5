package org.derkit.examples.programs;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.derkit.metering.MeterChannel;
import org.derkit.model.retail.MeterUnit;
import org.derkit.metering.Multiplier;
import org.derkit.model.retail.ReadingQuality;
import org.derkit.model.MeterNumber;
import org.derkit.model.TransformerRatio;
import org.derkit.model.retail.MeterRole;

/**
 * An instrument-rated meter behind a 600:5 CT and a 288:120 PT: the multiplier is 120 x 2.4 = 288,
 * exactly, and a secondary-side reading of 1.25 kWh is 360 kWh on the primary side. The channel
 * remembers that it is scaled, so it cannot be scaled twice.
 */
public final class CtPtMultiplier {

    private CtPtMultiplier() {
    }

    /**
     * Prints the multiplier of a 600:5 CT with a 288:120 PT and one reading scaled by it.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Prints the multiplier and a reading of 1.25 kWh on the meter's secondary side scaled to the
     * primary side.
     *
     * @param out where to print
     * @return the primary-side value in kWh, exact
     */
    public static BigDecimal run(PrintStream out) {
        Multiplier multiplier = Multiplier.of(TransformerRatio.parse("600:5"), TransformerRatio.parse("288:120"));
        MeterChannel secondary = MeterChannel.builder(MeterNumber.of("7000001"), MeterRole.ADDITIVE, MeterUnit.KWH)
                .multiplier(multiplier, false)
                .add(LocalDate.of(2026, 3, 8), "0100", new BigDecimal("1.25"), ReadingQuality.ACTUAL)
                .build();
        MeterChannel primary = secondary.scaledToPrimary();
        out.println("CT 600:5 x PT 288:120 = multiplier " + multiplier);
        out.println("secondary " + secondary.value(0).toPlainString() + " kWh -> primary "
                + primary.value(0).toPlainString() + " kWh (scaled: " + primary.isScaled() + ")");
        return primary.value(0);
    }
}

package org.derkit.metering;

import java.util.Objects;
import org.derkit.model.InvalidValueException;

/** Whether an interval value was read or estimated: QTY01 {@code QD} or {@code KA} of an 867. */
public enum ReadingQuality {
    /** {@code QTY*QD}: an actual read. */
    ACTUAL,
    /** {@code QTY*KA}: an estimate. A sum that includes an estimate is an estimate. */
    ESTIMATED;

    /**
     * Parses the CSV text {@code ACTUAL} or {@code ESTIMATED}.
     *
     * @throws InvalidValueException naming the text otherwise
     */
    public static ReadingQuality parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.equals("ACTUAL")) {
            return ACTUAL;
        }
        if (text.equals("ESTIMATED")) {
            return ESTIMATED;
        }
        throw new InvalidValueException("quality", "ACTUAL or ESTIMATED", "'" + text + "'");
    }
}

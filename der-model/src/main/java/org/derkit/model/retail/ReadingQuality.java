package org.derkit.model.retail;

import java.util.Objects;
import org.derkit.model.InvalidValueException;

/**
 * Whether an interval value was read or estimated: QTY01 of an 867 interval quantity, {@code QD}
 * (actual) or {@code KA} (estimated). A sum that includes an estimate is an estimate.
 */
public enum ReadingQuality {
    /** {@code QTY*QD}: an actual read. */
    ACTUAL("QD"),
    /** {@code QTY*KA}: an estimate. */
    ESTIMATED("KA");

    private final String code;

    ReadingQuality(String code) {
        this.code = code;
    }

    /**
     * The X12 QTY01 code.
     *
     * @return {@code QD} or {@code KA}
     */
    public String code() {
        return code;
    }

    /**
     * The quality for its X12 QTY01 code.
     *
     * @param code {@code QD} or {@code KA}
     * @return the quality
     * @throws InvalidValueException naming the code when it is neither
     */
    public static ReadingQuality ofCode(String code) {
        Objects.requireNonNull(code, "code");
        switch (code) {
            case "QD": return ACTUAL;
            case "KA": return ESTIMATED;
            default: throw new InvalidValueException("quality", "QD or KA", "'" + code + "'");
        }
    }

    /**
     * Parses the CSV text {@code ACTUAL} or {@code ESTIMATED}.
     *
     * @param text the name of a constant
     * @return the quality
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

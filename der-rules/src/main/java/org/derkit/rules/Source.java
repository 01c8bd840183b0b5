package org.derkit.rules;

import org.derkit.model.InvalidValueException;
import java.util.Objects;

/**
 * A source document of the requirement catalogue, with the file name the catalogue uses and a
 * title for people.
 */
public enum Source {
    /** Ameren Illinois BTM production metering requirements (2024). */
    BTM_METERING_2024("btm-production-metering-2024.txt", "BTM Production Metering 2024"),
    /** Ameren Illinois DER interconnection policy (2023). */
    INTERCONNECTION_POLICY_2023("der-interconnection-policy-2023.txt", "DER Interconnection Policy 2023"),
    /** Ameren Illinois smart inverter specification (2023). */
    SMART_INVERTER_2023("smart-inverter-spec-2023.txt", "Smart Inverter Specification 2023"),
    /** Ameren Illinois retail electric supplier FAQ. */
    RES_FAQ("res-faq.txt", "RES FAQ"),
    /** 83 Ill. Adm. Code Part 466/467 and IEEE 1547-2018 facts (regulations.md). */
    REGULATIONS("regulations.md", "Part 466/467 and IEEE 1547-2018");

    private final String fileName;
    private final String title;

    Source(String fileName, String title) {
        this.fileName = fileName;
        this.title = title;
    }

    /** {@return the file name in the catalogue's {@code source} column, such as {@code res-faq.txt}} */
    public String fileName() {
        return fileName;
    }

    /** {@return a title for people, such as {@code BTM Production Metering 2024}} */
    public String title() {
        return title;
    }

    /**
     * Finds the document the catalogue names by file name.
     *
     * @param fileName the file name in catalog.csv
     * @return the source
     * @throws IllegalArgumentException naming the file if no document has that name
     */
    public static Source ofFileName(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        for (Source s : values()) {
            if (s.fileName.equals(fileName.strip())) {
                return s;
            }
        }
        throw new InvalidValueException("source", "the file names of catalog.csv, such as res-faq.txt", "'" + fileName + "'");
    }
}

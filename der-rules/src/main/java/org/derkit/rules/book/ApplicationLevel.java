package org.derkit.rules.book;

/**
 * The review level of an interconnection application under 83 Ill. Adm. Code Part 466/467, as
 * Table 1 of the DER Interconnection Policy summarises them (POL-06). The constants are in
 * ascending order: a later constant is a more thorough (and dearer) review.
 */
public enum ApplicationLevel {
    /** Level 1: export 25 kW or less and nameplate 50 kW or less. */
    LEVEL_1,
    /** Level 2: on a line of 69 kV or less, nameplate up to the Level 2 table's limit. */
    LEVEL_2,
    /** Level 3: non-exporting, networked and 50 kW or less, or radial and under 10 MVA. */
    LEVEL_3,
    /** Level 4: 10 MVA or less and not qualifying for a lower level. */
    LEVEL_4,
    /** Part 467: larger than 10 MVA. */
    PART_467;

    /**
     * Whether this level is lower (a lighter review) than {@code other}.
     *
     * @param other the other value
     * @return whether this level is lower (a lighter review) than {@code other}
     */
    public boolean isLowerThan(ApplicationLevel other) {
        return compareTo(other) < 0;
    }
}

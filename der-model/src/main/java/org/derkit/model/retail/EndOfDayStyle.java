package org.derkit.model.retail;

/**
 * How the last interval of a local day is labelled in {@code DTM*582}. Readers accept both styles
 * in any file; the style only matters when labels are written.
 */
public enum EndOfDayStyle {
    /** {@code 2400} on the day itself ({@code 2300} on the spring-forward day, {@code 2500} on the fall-back day): the default. */
    END_OF_DAY_2400,
    /** {@code 0000} on the next day. */
    MIDNIGHT_NEXT_DAY
}

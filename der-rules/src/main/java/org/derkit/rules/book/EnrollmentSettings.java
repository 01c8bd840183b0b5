package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.util.Objects;

/**
 * The settings of the retail enrollment computations that the sources leave open: the business-day
 * calendar and the 814 billing-type codes.
 *
 * <p>The FAQ says only "REF02 = dual billing"; edi-profile.md section 5 reads it as
 * {@code REF*BLT*DUAL} (inferred, a profile setting) and names {@code LDC} for the Single Billing
 * Option. The calendar defaults to {@link BusinessCalendar#amerenEnrollment()} (the NERC six plus
 * Ameren's enrollment exclusions, regulations.md section 3, secondary).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param calendar the business-day calendar of billing windows and DASR lead times
 * @param dualBillingCode the 814 REF*BLT value for dual billing ({@code DUAL})
 * @param singleBillingCode the 814 REF*BLT value for the Single Billing Option ({@code LDC})
 */
public record EnrollmentSettings(BusinessCalendar calendar, String dualBillingCode, String singleBillingCode) {

    /** Ameren's defaults: {@link BusinessCalendar#amerenEnrollment()}, {@code DUAL}, {@code LDC}. */
    public static final EnrollmentSettings AMEREN =
            new EnrollmentSettings(BusinessCalendar.amerenEnrollment(), "DUAL", "LDC");

    /**
     * Checks the settings.
     *
     * @param calendar the business-day calendar of billing windows and DASR lead times
     * @param dualBillingCode the 814 REF*BLT value for dual billing ({@code DUAL})
     * @param singleBillingCode the 814 REF*BLT value for the Single Billing Option ({@code LDC})
     * @throws IllegalArgumentException if a code is blank
     */
    public EnrollmentSettings {
        Objects.requireNonNull(calendar, "calendar");
        code("dualBillingCode", dualBillingCode);
        code("singleBillingCode", singleBillingCode);
    }

    private static void code(String field, String code) {
        Objects.requireNonNull(code, field);
        if (code.isBlank() || code.contains("*") || code.contains("~")) {
            throw new InvalidValueException(field, "a non-blank X12 element without delimiters", "'" + code + "'");
        }
    }

    /**
     * These settings with another calendar. This instance is immutable and unaffected by this
     * method call.
     *
     * @param newCalendar the calendar
     * @return new settings, never null
     */
    public EnrollmentSettings withCalendar(BusinessCalendar newCalendar) {
        return new EnrollmentSettings(newCalendar, dualBillingCode, singleBillingCode);
    }
}

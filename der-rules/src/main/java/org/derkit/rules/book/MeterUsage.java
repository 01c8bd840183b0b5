package org.derkit.rules.book;

import java.util.Objects;
import org.derkit.model.Energy;
import org.derkit.model.MeterNumber;
import org.derkit.model.retail.MeterRole;

/**
 * One meter's usage in an EDI 867 (its PTD*PM loop): the meter number, its role from
 * {@code REF*JH} (A additive, S subtractive, RES-18) and its usage in kWh, exact.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param meter the meter number (REF*MG)
 * @param role additive or subtractive (REF*JH)
 * @param usage the meter's usage, exact kWh (it may be negative only if the 867 says so)
 */
public record MeterUsage(MeterNumber meter, MeterRole role, Energy usage) {

    /**
     * Checks that nothing is null.
     *
     * @param meter the meter number (REF*MG)
     * @param role additive or subtractive (REF*JH)
     * @param usage the meter's usage, exact kWh (it may be negative only if the 867 says so)
     */
    public MeterUsage {
        Objects.requireNonNull(meter, "meter");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(usage, "usage");
    }

    /** Such as {@code 7000001 S 120.5 kWh}. */
    @Override
    public String toString() {
        return meter + " " + role.code() + " " + usage;
    }
}

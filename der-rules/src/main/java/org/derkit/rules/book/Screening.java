package org.derkit.rules.book;

import java.util.Objects;
import java.util.Optional;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.retail.Enrollment;

/**
 * What the whole book evaluates: an interconnection application, a retail enrollment, or both.
 * Rules on a part that is absent report NOT_APPLICABLE.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param application the interconnection application, if any
 * @param enrollment the retail enrollment, if any
 */
public record Screening(Optional<InterconnectionApplication> application, Optional<Enrollment> enrollment) {

    /** Checks that nothing is null. */
    public Screening {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(enrollment, "enrollment");
    }

    /** A screening of an interconnection application. */
    public static Screening of(InterconnectionApplication application) {
        return new Screening(Optional.of(application), Optional.empty());
    }

    /** A screening of a retail enrollment. */
    public static Screening of(Enrollment enrollment) {
        return new Screening(Optional.empty(), Optional.of(enrollment));
    }

    /** The facility of the application, if there is an application. */
    public Optional<org.derkit.model.facility.Facility> facility() {
        return application.map(InterconnectionApplication::facility);
    }
}

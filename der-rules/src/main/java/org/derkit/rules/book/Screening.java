package org.derkit.rules.book;

import java.util.Objects;
import java.util.Optional;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.retail.Enrollment;

/**
 * What the whole book evaluates: an interconnection application, a retail enrollment, the 867
 * meter data of a service point, or several of them. Rules on a part that is absent report
 * NOT_APPLICABLE; the meter-data rules (RES-17 to RES-25) of an enrollment without meter data report
 * the data as unknown.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param application the interconnection application, if any
 * @param enrollment the retail enrollment, if any
 * @param meterData the 867 usage of a service point, if any
 */
public record Screening(Optional<InterconnectionApplication> application, Optional<Enrollment> enrollment,
        Optional<MeterData> meterData) {

    /**
     * Checks that nothing is null.
     *
     * @param application the interconnection application, if any
     * @param enrollment the retail enrollment, if any
     * @param meterData the 867 usage of a service point, if any
     */
    public Screening {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(enrollment, "enrollment");
        Objects.requireNonNull(meterData, "meterData");
    }

    /**
     * A screening of an interconnection application.
     *
     * @param application the interconnection application, or the screening of it
     * @return a screening of an interconnection application
     */
    public static Screening of(InterconnectionApplication application) {
        return new Screening(Optional.of(application), Optional.empty(), Optional.empty());
    }

    /**
     * A screening of a retail enrollment.
     *
     * @param enrollment the retail enrollment
     * @return a screening of a retail enrollment
     */
    public static Screening of(Enrollment enrollment) {
        return new Screening(Optional.empty(), Optional.of(enrollment), Optional.empty());
    }

    /**
     * A screening of 867 meter data.
     *
     * @param meterData the 867 meter data
     * @return a screening of 867 meter data
     */
    public static Screening of(MeterData meterData) {
        return new Screening(Optional.empty(), Optional.empty(), Optional.of(meterData));
    }

    /**
     * This screening with meter data added. This instance is immutable and unaffected by this method call.
     *
     * @param data the 867 meter data
     * @return this screening with meter data added
     */
    public Screening withMeterData(MeterData data) {
        return new Screening(application, enrollment, Optional.of(data));
    }

    /**
     * The meter data the meter-data rules read: the given data, or for an enrollment without any,
     * {@link MeterData#NONE} (every input unknown).
     *
     * @return the meter data the meter-data rules read: the given data, or for an enrollment without any, {@link
     *         MeterData#NONE} (every input unknown)
     */
    public Optional<MeterData> meterDataOrUnknown() {
        return meterData.isPresent() ? meterData : enrollment.map(e -> MeterData.NONE);
    }

    /** {@return the facility of the application, if there is an application} */
    public Optional<org.derkit.model.facility.Facility> facility() {
        return application.map(InterconnectionApplication::facility);
    }
}

package org.derkit.rules.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.derkit.model.application.ApplicationDocument;
import org.derkit.model.facility.Facility;

/**
 * What an interconnection application lacks of the contents POL-08 asks for (DER Interconnection
 * Policy 3.3): every application states the fuel source, the nameplate capacity, the export
 * capacity and the equipment; Level 2 and above also attach a site plan and a one-line diagram.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param missing the missing items in words, empty when complete
 */
public record ApplicationContents(List<String> missing) {

    /**
     * Copies the list.
     *
     * @param missing the missing items in words, empty when complete
     */
    public ApplicationContents {
        missing = List.copyOf(missing);
    }

    /**
     * The contents of an application. The site plan and one-line diagram are asked for unless
     * the application is decided to be Level 1.
     *
     * @param application the interconnection application, or the screening of it
     * @return the contents of an application
     */
    public static ApplicationContents of(ScreeningContext application) {
        Objects.requireNonNull(application, "application");
        Facility f = application.facility();
        List<String> missing = new ArrayList<>();
        if (f.energySource().isEmpty() && f.generatingUnits().isEmpty() && !f.hasStorage()) {
            missing.add("fuel source");
        }
        if (f.aggregateNameplate().isEmpty()) {
            missing.add("nameplate capacity");
        }
        if (f.exportCapacity().isEmpty()) {
            missing.add("export capacity");
        }
        if (!application.has(ApplicationDocument.EQUIPMENT_SPECIFICATIONS) && f.generatingUnits().isEmpty()
                && !f.hasStorage()) {
            missing.add("equipment");
        }
        boolean level1 = application.level().filter(l -> l == ApplicationLevel.LEVEL_1).isPresent();
        if (!level1) {
            if (!application.has(ApplicationDocument.SITE_PLAN)) {
                missing.add("site plan");
            }
            if (!application.has(ApplicationDocument.ONE_LINE_DIAGRAM)) {
                missing.add("one-line diagram");
            }
        }
        return new ApplicationContents(missing);
    }

    /** {@return whether nothing is missing} */
    public boolean isComplete() {
        return missing.isEmpty();
    }

    /** Such as {@code without site plan, one-line diagram}, or {@code with every item}. */
    @Override
    public String toString() {
        return missing.isEmpty() ? "with every item" : "without " + String.join(", ", missing);
    }
}

package org.derkit.model;

/**
 * The identifier of an interconnection application, as the applicant or the portal assigns it.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class ApplicationId extends Identifier {

    private ApplicationId(String value) {
        super("applicationId", value, null, generalRule());
    }

    /**
     * Obtains the identifier for its text.
     *
     * @param value the application's identifier as the portal assigned it: 1 to 80 printable ASCII
     *     characters, no spaces, none of {@code * ~ ^ | : >}
     * @return the identifier
     * @throws InvalidValueException naming the text if it is not a valid applicationId
     */
    public static ApplicationId of(String value) {
        return new ApplicationId(value);
    }
}

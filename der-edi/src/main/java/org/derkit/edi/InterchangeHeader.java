package org.derkit.edi;

import java.util.Objects;
import org.derkit.model.InvalidValueException;

/**
 * The ISA interchange header, its fixed-width elements without their padding, and the delimiters
 * it declares.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param authorizationQualifier ISA01 (2)
 * @param authorization ISA02 (up to 10)
 * @param securityQualifier ISA03 (2)
 * @param security ISA04 (up to 10)
 * @param senderQualifier ISA05 (2)
 * @param senderId ISA06 (up to 15)
 * @param receiverQualifier ISA07 (2)
 * @param receiverId ISA08 (up to 15)
 * @param date ISA09 YYMMDD (6)
 * @param time ISA10 HHMM (4)
 * @param standardsId ISA11 in 00401 ({@code U}); in 00501 the repetition separator is in {@code delimiters}
 * @param version ISA12, such as {@code 00401} or {@code 00501}
 * @param controlNumber ISA13 (9 digits)
 * @param acknowledgmentRequested ISA14 ({@code 0} or {@code 1})
 * @param usage ISA15 ({@code P} production, {@code T} test)
 * @param delimiters element, component, segment and repetition delimiters
 */
public record InterchangeHeader(String authorizationQualifier, String authorization, String securityQualifier,
        String security, String senderQualifier, String senderId, String receiverQualifier, String receiverId,
        String date, String time, String standardsId, String version, String controlNumber,
        String acknowledgmentRequested, String usage, Delimiters delimiters) {

    /** The fixed width of ISA01..ISA15; private, so no class can change a width (see {@link #width}). */
    private static final int[] WIDTHS = {2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1};

    /** The fixed width of ISA element {@code index + 1} (0 is ISA01). */
    static int width(int index) {
        return WIDTHS[index];
    }

    /**
     * Refuses null parts and elements longer than their fixed width.
     *
     * @param acknowledgmentRequested ISA14 ({@code 0} or {@code 1})
     * @param authorization ISA02 (up to 10)
     * @param authorizationQualifier ISA01 (2)
     * @param controlNumber ISA13 (9 digits)
     * @param date ISA09 YYMMDD (6)
     * @param delimiters element, component, segment and repetition delimiters
     * @param receiverId ISA08 (up to 15)
     * @param receiverQualifier ISA07 (2)
     * @param security ISA04 (up to 10)
     * @param securityQualifier ISA03 (2)
     * @param senderId ISA06 (up to 15)
     * @param senderQualifier ISA05 (2)
     * @param standardsId ISA11 in 00401 ({@code U}); in 00501 the repetition separator is in {@code
     * delimiters}
     * @param time ISA10 HHMM (4)
     * @param usage ISA15 ({@code P} production, {@code T} test)
     * @param version ISA12, such as {@code 00401} or {@code 00501}
     */
    public InterchangeHeader {
        String[] values = {authorizationQualifier, authorization, securityQualifier, security, senderQualifier,
            senderId, receiverQualifier, receiverId, date, time, standardsId, version, controlNumber,
            acknowledgmentRequested, usage};
        for (int i = 0; i < values.length; i++) {
            Objects.requireNonNull(values[i], "ISA" + (i + 1));
            if (values[i].length() > WIDTHS[i]) {
                throw new InvalidValueException("ISA" + String.format("%02d", i + 1), "up to " + WIDTHS[i]
                        + " characters", "'" + values[i] + "'");
            }
        }
        Objects.requireNonNull(delimiters, "delimiters");
    }

    /**
     * {@return a 004010 header with Ameren's defaults: no authorization or security, qualifier 01 (DUNS) for
     * both parties, version 00401, no acknowledgment requested, production usage, Ameren delimiters}
     *
     * @param senderId ISA06, the sender's DUNS number
     * @param receiverId ISA08, the receiver's DUNS number
     * @param date ISA09, {@code YYMMDD}
     * @param time ISA10, {@code HHMM}
     * @param controlNumber ISA13, nine digits
     */
    public static InterchangeHeader of(String senderId, String receiverId, String date, String time,
            String controlNumber) {
        return new InterchangeHeader("00", "", "00", "", "01", senderId, "01", receiverId, date, time, "U",
                "00401", controlNumber, "0", "P", Delimiters.AMEREN);
    }

    /**
     * A copy with another control number. This instance is immutable and unaffected by this method call.
     *
     * @param number ISA13, nine digits
     * @return the copy
     */
    public InterchangeHeader withControlNumber(String number) {
        return new InterchangeHeader(authorizationQualifier, authorization, securityQualifier, security,
                senderQualifier, senderId, receiverQualifier, receiverId, date, time, standardsId, version,
                number, acknowledgmentRequested, usage, delimiters);
    }

    /**
     * A copy with other delimiters. This instance is immutable and unaffected by this method call.
     *
     * @param value the element, component, repetition and segment delimiters
     * @return the copy
     */
    public InterchangeHeader withDelimiters(Delimiters value) {
        return new InterchangeHeader(authorizationQualifier, authorization, securityQualifier, security,
                senderQualifier, senderId, receiverQualifier, receiverId, date, time, standardsId, version,
                controlNumber, acknowledgmentRequested, usage, value);
    }
}

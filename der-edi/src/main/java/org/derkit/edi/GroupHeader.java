package org.derkit.edi;

import java.util.Objects;
import org.derkit.model.InvalidValueException;

/**
 * The GS functional group header.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param functionalId GS01: {@code PT} (867), {@code GE} (814), {@code IN} (810), {@code FA} (997)
 * @param senderCode GS02
 * @param receiverCode GS03
 * @param date GS04 CCYYMMDD
 * @param time GS05 HHMM
 * @param controlNumber GS06
 * @param agency GS07 ({@code X})
 * @param version GS08 ({@code 004010})
 */
public record GroupHeader(String functionalId, String senderCode, String receiverCode, String date, String time,
        String controlNumber, String agency, String version) {

    /**
     * Refuses null parts.
     *
     * @param agency GS07 ({@code X})
     * @param controlNumber GS06
     * @param date GS04 CCYYMMDD
     * @param functionalId GS01: {@code PT} (867), {@code GE} (814), {@code IN} (810), {@code FA} (997)
     * @param receiverCode GS03
     * @param senderCode GS02
     * @param time GS05 HHMM
     * @param version GS08 ({@code 004010})
     */
    public GroupHeader {
        Objects.requireNonNull(functionalId, "functionalId");
        Objects.requireNonNull(senderCode, "senderCode");
        Objects.requireNonNull(receiverCode, "receiverCode");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(version, "version");
    }

    /**
     * {@return a 004010 group header (agency X)}
     *
     * @param functionalId GS01, the functional identifier code ({@code PT} for an 867)
     * @param senderCode GS02, the application sender's code
     * @param receiverCode GS03, the application receiver's code
     * @param date GS04, {@code CCYYMMDD}
     * @param time GS05, {@code HHMM}
     * @param controlNumber GS06, the group control number
     */
    public static GroupHeader of(String functionalId, String senderCode, String receiverCode, String date,
            String time, String controlNumber) {
        return new GroupHeader(functionalId, senderCode, receiverCode, date, time, controlNumber, "X", "004010");
    }

    /**
     * {@return the GS01 code for a transaction set identifier: PT, GE, IN or FA}
     *
     * @param transactionSetCode the ST01 code: {@code 867}, {@code 814}, {@code 810} or {@code 997}
     */
    public static String functionalIdOf(String transactionSetCode) {
        switch (transactionSetCode) {
            case "867": return "PT";
            case "814": return "GE";
            case "810": return "IN";
            case "997": return "FA";
            case "824": return "AG";
            default: throw new InvalidValueException("transactionSetCode", "867, 814, 810, 997, 824",
                    transactionSetCode);
        }
    }
}

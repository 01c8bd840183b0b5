package org.derkit.edi;

import java.util.Objects;

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

    /** Refuses null parts. */
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

    /** A 004010 group header (agency X). */
    public static GroupHeader of(String functionalId, String senderCode, String receiverCode, String date,
            String time, String controlNumber) {
        return new GroupHeader(functionalId, senderCode, receiverCode, date, time, controlNumber, "X", "004010");
    }

    /** The GS01 code for a transaction set identifier: PT, GE, IN or FA. */
    public static String functionalIdOf(String transactionSetCode) {
        switch (transactionSetCode) {
            case "867": return "PT";
            case "814": return "GE";
            case "810": return "IN";
            case "997": return "FA";
            case "824": return "AG";
            default: throw new IllegalArgumentException("Invalid value for transactionSetCode (valid values 867, 814, 810, 997, 824): "
                    + transactionSetCode);
        }
    }
}

package org.derkit.edi;

/**
 * What is wrong with a piece of an X12 interchange, coded in the spirit of the X12 997/999 and TA1
 * acknowledgement codes so that every finding can be acknowledged to the sender.
 *
 * <p>Each constant has a {@link #level()} (interchange, functional group, transaction set, segment
 * or element) and the {@link #x12Code()} of that level: TA1 I18 for the interchange, AK905 for the
 * group, AK502 for the transaction set, AK304 for the segment and AK403 for the element.
 *
 * <p>Implementation Requirements: an immutable enum.
 */
public enum X12ErrorCode {

    /** The input holds no bytes, or only blank lines. */
    EMPTY_INPUT(Level.INTERCHANGE, "023", "the input is empty"),
    /** The input does not start with an ISA segment (binary data or another format). */
    NOT_AN_INTERCHANGE(Level.INTERCHANGE, "024", "the input is not an X12 interchange: ISA expected"),
    /** The input ends before the 106 characters of the fixed-width ISA. */
    ISA_TOO_SHORT(Level.INTERCHANGE, "023", "the ISA segment is shorter than 106 characters"),
    /** An ISA element has the wrong width, so the element separator is not at its fixed offset. */
    ISA_FIELD_MISALIGNED(Level.INTERCHANGE, "026", "an ISA element has the wrong width: the element separator is not at its fixed offset"),
    /** Two of the delimiters are the same character, or a delimiter is a letter, digit or space. */
    DELIMITER_CLASH(Level.INTERCHANGE, "026", "the delimiters are not distinct special characters"),
    /** IEA02 differs from ISA13. */
    INTERCHANGE_CONTROL_NUMBER_MISMATCH(Level.INTERCHANGE, "001", "IEA02 does not match the interchange control number ISA13"),
    /** IEA01 differs from the number of functional groups in the interchange. */
    GROUP_COUNT_MISMATCH(Level.INTERCHANGE, "021", "IEA01 does not match the number of functional groups"),
    /** The interchange ends without its IEA trailer. */
    INTERCHANGE_TRAILER_MISSING(Level.INTERCHANGE, "023", "the interchange has no IEA trailer"),
    /** The input ends inside a segment: the file is truncated. */
    UNEXPECTED_END_OF_INPUT(Level.INTERCHANGE, "023", "the input ends inside a segment (truncated file)"),
    /** A segment is longer than the reader's maximum segment length. */
    SEGMENT_TOO_LONG(Level.INTERCHANGE, "024", "the segment is longer than the maximum segment length"),
    /** A segment stands where the envelope allows none (outside ISA/IEA, or between GS and ST). */
    DATA_OUTSIDE_ENVELOPE(Level.INTERCHANGE, "024", "the segment stands outside the envelope that should contain it"),

    /** An interchange with the same sender (ISA06) and control number (ISA13) was already read. */
    DUPLICATE_INTERCHANGE(Level.INTERCHANGE, "025", "the interchange was already read (same ISA06 sender and ISA13 control number)"),

    /** The group ends without its GE trailer. */
    GROUP_TRAILER_MISSING(Level.GROUP, "3", "the functional group has no GE trailer"),
    /** GE02 differs from GS06. */
    GROUP_CONTROL_NUMBER_MISMATCH(Level.GROUP, "4", "GE02 does not match the group control number GS06"),
    /** GE01 differs from the number of transaction sets in the group. */
    TRANSACTION_COUNT_MISMATCH(Level.GROUP, "5", "GE01 does not match the number of transaction sets in the group"),

    /** The transaction set identifier (ST01) is not one this library reads. */
    TRANSACTION_SET_NOT_SUPPORTED(Level.TRANSACTION, "1", "the transaction set is not supported"),
    /** The transaction set ends without its SE trailer. */
    TRANSACTION_TRAILER_MISSING(Level.TRANSACTION, "2", "the transaction set has no SE trailer"),
    /** SE02 differs from ST02. */
    TRANSACTION_CONTROL_NUMBER_MISMATCH(Level.TRANSACTION, "3", "SE02 does not match the transaction set control number ST02"),
    /** SE01 differs from the number of segments from ST to SE inclusive. */
    SEGMENT_COUNT_MISMATCH(Level.TRANSACTION, "4", "SE01 does not match the number of included segments"),

    /** The segment tag is not two or three letters or digits. */
    UNRECOGNIZED_SEGMENT(Level.SEGMENT, "1", "the segment identifier is not recognised"),
    /** A known segment stands where the transaction does not allow it. */
    UNEXPECTED_SEGMENT(Level.SEGMENT, "2", "the segment is not expected here"),
    /** A segment the transaction requires is missing. */
    MANDATORY_SEGMENT_MISSING(Level.SEGMENT, "3", "a mandatory segment is missing"),
    /** An 867 with the same purpose and report reference (BPT01, BPT02) was already read. */
    DUPLICATE_REPORT(Level.SEGMENT, "8", "the report was already read (same BPT01 purpose and BPT02 reference)"),
    /** A QTY total differs from the exact sum of the interval values it totals. */
    TOTAL_MISMATCH(Level.SEGMENT, "8", "the QTY total does not equal the sum of the intervals"),
    /** The same meter, unit and interval appears twice in one transaction. */
    DUPLICATE_INTERVAL(Level.SEGMENT, "8", "the interval appears twice for the same meter and unit"),
    /** An 810's CTT01 does not count its IT1 line items (X12 004010 810: CTT01 is their number). */
    LINE_COUNT_MISMATCH(Level.SEGMENT, "8", "CTT01 does not equal the number of IT1 line items"),

    /** A mandatory element is missing or empty. */
    MANDATORY_ELEMENT_MISSING(Level.ELEMENT, "1", "a mandatory element is missing"),
    /** An element holds data where the profile defines none. */
    TOO_MANY_ELEMENTS(Level.ELEMENT, "3", "the segment has more elements than the X12 standard defines"),
    /** An element is shorter than its X12 definition allows. */
    ELEMENT_TOO_SHORT(Level.ELEMENT, "4", "the element is too short"),
    /** An element is longer than its definition allows. */
    ELEMENT_TOO_LONG(Level.ELEMENT, "5", "the element is too long"),
    /** A numeric element is not an X12 number (optional minus, digits, optional point). */
    INVALID_NUMBER(Level.ELEMENT, "6", "the element is not a valid number"),
    /** An identifier holds characters or a form its type does not allow. */
    INVALID_CHARACTER(Level.ELEMENT, "6", "the element holds an invalid character"),
    /** A code element holds a value outside its code list. */
    INVALID_CODE_VALUE(Level.ELEMENT, "7", "the element holds an invalid code value"),
    /** A date element is not a real CCYYMMDD date. */
    INVALID_DATE(Level.ELEMENT, "8", "the element is not a valid CCYYMMDD date"),
    /** A time element is not HHMM or HHMMSS, or the label is beyond the length of its day. */
    INVALID_TIME(Level.ELEMENT, "9", "the element is not a valid time"),
    /** A DTM04 time code disagrees with the UTC offset the profile computes for the interval end. */
    TIME_CODE_MISMATCH(Level.ELEMENT, "7", "the time code disagrees with the computed UTC offset");

    /** Where in the envelope hierarchy a problem sits. */
    public enum Level {
        /** The interchange envelope (ISA/IEA, delimiters, file structure): TA1 codes. */
        INTERCHANGE,
        /** The functional group (GS/GE): 997 AK905 codes. */
        GROUP,
        /** The transaction set (ST/SE): 997 AK502 codes. */
        TRANSACTION,
        /** One segment in a transaction set: 997 AK304 codes. */
        SEGMENT,
        /** One element in a segment: 997 AK403 codes. */
        ELEMENT
    }

    private final Level level;
    private final String x12Code;
    private final String description;

    X12ErrorCode(Level level, String x12Code, String description) {
        this.level = level;
        this.x12Code = x12Code;
        this.description = description;
    }

    /** {@return the envelope level the problem belongs to} */
    public Level level() {
        return level;
    }

    /** {@return the acknowledgement code of that level (TA1 I18, AK905, AK502, AK304 or AK403)} */
    public String x12Code() {
        return x12Code;
    }

    /** {@return what the code means, as a sentence fragment} */
    public String description() {
        return description;
    }
}

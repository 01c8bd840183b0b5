package org.derkit.edi;

import java.util.Objects;
import org.derkit.model.InvalidValueException;

/**
 * Where in an X12 input a problem was found: the control numbers of the enclosing interchange,
 * group and transaction set, the segment tag and its position in the transaction set (ST is
 * position 1), the element and component position (1-based, 0 when the whole segment is meant),
 * the 1-based line and the 0-based byte offset.
 *
 * <p>It prints as a sentence, for example {@code in segment QTY at position 14, element 2 of
 * transaction set 867 0001 (group 1, interchange 000000001), line 17, byte 812}.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param interchangeControlNumber ISA13, or empty before an ISA was read
 * @param groupControlNumber GS06, or empty outside a group
 * @param transactionSetCode ST01, or empty outside a transaction set
 * @param transactionControlNumber ST02, or empty outside a transaction set
 * @param segmentTag the tag of the segment, or empty when no segment could be read
 * @param segmentPosition position of the segment in its transaction set (ST = 1), or 0 outside one
 * @param elementPosition 1-based element position, 0 for the whole segment
 * @param componentPosition 1-based component position, 0 for the whole element
 * @param line 1-based line of the segment
 * @param byteOffset 0-based byte offset of the element (or of the segment when element is 0)
 * @param loopId the X12 loop identifier of the innermost loop the segment belongs to, as the
 *        004010 transaction set tables name it ({@code N1}, {@code PTD}, {@code QTY}, {@code IT1},
 *        {@code SAC}, {@code ISS}, {@code LIN}): what a 997 returns in AK303; empty outside a loop
 *        or when unknown
 */
public record Location(String interchangeControlNumber, String groupControlNumber,
        String transactionSetCode, String transactionControlNumber, String segmentTag,
        int segmentPosition, int elementPosition, int componentPosition, long line, long byteOffset,
        String loopId) {

    /**
     * Validates that texts are not null and positions not negative.
     *
     * @param byteOffset 0-based byte offset of the element (or of the segment when element is 0)
     * @param componentPosition 1-based component position, 0 for the whole element
     * @param elementPosition 1-based element position, 0 for the whole segment
     * @param groupControlNumber GS06, or empty outside a group
     * @param interchangeControlNumber ISA13, or empty before an ISA was read
     * @param line 1-based line of the segment
     * @param segmentPosition position of the segment in its transaction set (ST = 1), or 0 outside one
     * @param segmentTag the tag of the segment, or empty when no segment could be read
     * @param transactionControlNumber ST02, or empty outside a transaction set
     * @param transactionSetCode ST01, or empty outside a transaction set
     * @param loopId the innermost X12 loop of the segment (AK303), empty outside a loop
     * @throws InvalidValueException when a position is negative
     */
    public Location {
        Objects.requireNonNull(loopId, "loopId");
        Objects.requireNonNull(interchangeControlNumber, "interchangeControlNumber");
        Objects.requireNonNull(groupControlNumber, "groupControlNumber");
        Objects.requireNonNull(transactionSetCode, "transactionSetCode");
        Objects.requireNonNull(transactionControlNumber, "transactionControlNumber");
        Objects.requireNonNull(segmentTag, "segmentTag");
        if (segmentPosition < 0 || elementPosition < 0 || componentPosition < 0 || line < 0 || byteOffset < 0) {
            throw new InvalidValueException("location positions (segment/element/component/line/byte)", ">= 0",
                    segmentPosition + "/" + elementPosition + "/" + componentPosition + "/" + line + "/" + byteOffset);
        }
    }

    /**
     * A location outside any loop, or whose loop is not known.
     *
     * @param interchangeControlNumber ISA13, or empty before an ISA was read
     * @param groupControlNumber GS06, or empty outside a group
     * @param transactionSetCode ST01, or empty outside a transaction set
     * @param transactionControlNumber ST02, or empty outside a transaction set
     * @param segmentTag the tag of the segment, or empty when no segment could be read
     * @param segmentPosition position of the segment in its transaction set (ST = 1), or 0 outside one
     * @param elementPosition 1-based element position, 0 for the whole segment
     * @param componentPosition 1-based component position, 0 for the whole element
     * @param line 1-based line of the segment
     * @param byteOffset 0-based byte offset of the element (or of the segment when element is 0)
     */
    public Location(String interchangeControlNumber, String groupControlNumber, String transactionSetCode,
            String transactionControlNumber, String segmentTag, int segmentPosition, int elementPosition,
            int componentPosition, long line, long byteOffset) {
        this(interchangeControlNumber, groupControlNumber, transactionSetCode, transactionControlNumber, segmentTag,
                segmentPosition, elementPosition, componentPosition, line, byteOffset, "");
    }

    /** The location as a sentence fragment starting with "in segment" or "at". */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(120);
        if (!segmentTag.isEmpty()) {
            sb.append("in segment ").append(segmentTag);
            if (segmentPosition > 0) {
                sb.append(" at position ").append(segmentPosition);
            }
        } else {
            sb.append("at the start of a segment");
        }
        if (elementPosition > 0) {
            sb.append(", element ").append(elementPosition);
            if (componentPosition > 0) {
                sb.append(", component ").append(componentPosition);
            }
        }
        if (!transactionSetCode.isEmpty()) {
            sb.append(" of transaction set ").append(transactionSetCode).append(' ').append(transactionControlNumber);
        }
        if (!groupControlNumber.isEmpty() || !interchangeControlNumber.isEmpty()) {
            sb.append(" (");
            if (!groupControlNumber.isEmpty()) {
                sb.append("group ").append(groupControlNumber);
                if (!interchangeControlNumber.isEmpty()) {
                    sb.append(", ");
                }
            }
            if (!interchangeControlNumber.isEmpty()) {
                sb.append("interchange ").append(interchangeControlNumber);
            }
            sb.append(')');
        }
        sb.append(", line ").append(line).append(", byte ").append(byteOffset);
        return sb.toString();
    }
}

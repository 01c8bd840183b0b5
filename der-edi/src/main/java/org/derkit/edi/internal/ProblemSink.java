package org.derkit.edi.internal;

import org.derkit.edi.X12ErrorCode;

/**
 * Receives the problems a transaction parser finds in the current segment. A strict reader's sink
 * throws; a collecting reader's sink records and returns, and the parser goes on.
 */
public interface ProblemSink {

    /**
     * Reports a problem in the current segment.
     *
     * @param code what is wrong
     * @param element 1-based element position, 0 for the whole segment
     * @param component 1-based component position, 0 for the whole element
     * @param detail the offending value and the expectation
     */
    default void report(X12ErrorCode code, int element, int component, String detail) {
        report(code, element, component, detail, "");
    }

    /**
     * Reports a problem in the current segment, which belongs to an X12 loop.
     *
     * @param code what is wrong
     * @param element 1-based element position, 0 for the whole segment
     * @param component 1-based component position, 0 for the whole element
     * @param detail the offending value and the expectation
     * @param loopId the innermost loop of the segment as the X12 table names it (AK303), empty for none
     */
    void report(X12ErrorCode code, int element, int component, String detail, String loopId);

    /**
     * The position of the current segment in its transaction set (ST = 1), as problems report it.
     *
     * @return the position, 0 outside a transaction set
     */
    int segmentPosition();
}

package org.derkit.edi;

import java.util.List;
import java.util.Objects;

/**
 * What a reader found in one interchange: its ISA header, a report per functional group and the
 * interchange-level problems (IEA counts and control numbers, a missing IEA, a truncated file): the
 * input of {@link Edi997#acknowledging(InterchangeReport, int, java.time.LocalDateTime)}.
 *
 * <p>Interchange-level problems are what a TA1 interchange acknowledgement reports; a 997 cannot
 * carry them.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param header the ISA header
 * @param groups a report per functional group, in input order
 * @param problems interchange-level problems, in input order
 */
public record InterchangeReport(InterchangeHeader header, List<GroupReport> groups, List<X12Problem> problems) {

    /**
     * Refuses nulls; copies the lists.
     *
     * @param header the ISA header
     * @param groups a report per functional group
     * @param problems interchange-level problems
     */
    public InterchangeReport {
        Objects.requireNonNull(header, "header");
        groups = List.copyOf(groups);
        problems = List.copyOf(problems);
    }

    /**
     * Whether the envelope, every group and every transaction set were read without a problem.
     *
     * @return true when nothing was found
     */
    public boolean accepted() {
        return problems.isEmpty() && groups.stream().allMatch(GroupReport::accepted);
    }
}

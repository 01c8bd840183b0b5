package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.util.List;
import java.util.Objects;

/**
 * The result of checking each inverter of a facility against one smart inverter requirement: the
 * problems found, each naming the inverter, and how many inverters were checked (INV-03 to
 * INV-13). Its text is the measured value of the rule's finding.
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 *
 * @param checked how many inverters were checked
 * @param problems one phrase per problem, such as {@code inverter 1 (Acme S7): no UL 1741 SA or SB}
 * @param summary what was checked when nothing is wrong, such as {@code certified to every row of Table 1}
 */
public record InverterReview(int checked, List<String> problems, String summary) {

    /**
     * Copies the list and checks the count.
     *
     * @param checked how many inverters were checked
     * @param problems one phrase per problem, such as {@code inverter 1 (Acme S7): no UL 1741 SA or SB}
     * @param summary what was checked when nothing is wrong, such as {@code certified to every row of Table 1}
     */
    public InverterReview {
        problems = List.copyOf(problems);
        Objects.requireNonNull(summary, "summary");
        if (checked < 0) {
            throw new InvalidValueException("checked", ">= 0", checked);
        }
    }

    /** {@return whether no inverter has a problem} */
    public boolean isCompliant() {
        return problems.isEmpty();
    }

    /** Such as {@code 2 inverters: certified to every row of Table 1} or the problems joined by "; ". */
    @Override
    public String toString() {
        if (problems.isEmpty()) {
            return checked + (checked == 1 ? " inverter: " : " inverters: ") + summary;
        }
        return String.join("; ", problems);
    }
}

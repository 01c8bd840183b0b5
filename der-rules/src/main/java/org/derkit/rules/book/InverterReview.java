package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.facility.Certification;
import org.derkit.model.facility.EnergyStorage;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.GeneratingUnit;
import org.derkit.model.facility.Inverter;

/**
 * The result of checking each inverter of a facility against one smart inverter requirement: the
 * problems found, each naming the inverter, and how many inverters were checked (INV-03 to
 * INV-13). Its text is the measured value of the rule's finding.
 *
 * <p>The review itself is done here for every smart inverter rule: which inverters a requirement
 * checks (all, those certified before IEEE 1547-2018 against section 4.1, or those certified to
 * IEEE 1547-2018 against section 4.2), each named by its position among all the facility's
 * inverters, units first and storage after, so two identical inverters are "inverter 1" and
 * "inverter 2" (INV-04).
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

    // ------------------------------------------- reviewing the inverters of a facility (INV-03 to INV-16)

    static String label(int position, Inverter i) {
        return "inverter " + (position + 1) + " (" + i.manufacturer() + " " + i.model() + ")";
    }

    static boolean certified2018(Inverter i) {
        return i.isCertifiedTo(Certification.IEEE_1547_2018);
    }

    /** Which of a facility's inverters a requirement checks. */
    enum Selection {
        /** Every inverter. */
        ALL,
        /** Inverters certified before IEEE 1547-2018 (section 4.1). */
        BEFORE_IEEE_1547_2018,
        /** Inverters certified to IEEE 1547-2018 (section 4.2). */
        IEEE_1547_2018;

        boolean includes(Inverter i) {
            return this == ALL || (this == IEEE_1547_2018) == certified2018(i);
        }
    }

    /** The facility's inverters (units, then storage), without the model's defensive copy. */
    static List<Inverter> inverters(ScreeningContext a) {
        Facility f = a.facility();
        List<Inverter> out = new ArrayList<>(f.generatingUnits().size() + f.storage().size());
        for (GeneratingUnit u : f.generatingUnits()) {
            u.inverter().ifPresent(out::add);
        }
        for (EnergyStorage e : f.storage()) {
            e.inverter().ifPresent(out::add);
        }
        return out;
    }

    static boolean hasSelected(ScreeningContext a, Selection selection) {
        for (Inverter i : inverters(a)) {
            if (selection.includes(i)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasInverters(ScreeningContext a) {
        Facility f = a.facility();
        for (GeneratingUnit u : f.generatingUnits()) {
            if (u.inverter().isPresent()) {
                return true;
            }
        }
        for (EnergyStorage e : f.storage()) {
            if (e.inverter().isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** A per-inverter check of some inverters; empty (unknown) when a needed value of one is unknown. */
    interface PerInverter {
        /**
         * The problems the known attributes of one inverter prove; the names of the attributes
         * it needs that are unknown go to {@code unknown}.
         */
        List<String> problems(Inverter inverter, List<String> unknown);
    }

    /** Adds {@code name} to the unknown attributes; no problem is known. */
    static List<String> unknown(List<String> unknown, String name) {
        unknown.add(name);
        return List.of();
    }

    /**
     * The review of the selected inverters, each named by its position among all the facility's
     * inverters (two identical inverters are "inverter 1" and "inverter 2"): the problems that
     * the known attributes prove, whatever is unknown; empty (unknown) when no problem is proven
     * and an attribute some inverter needs is unknown.
     */
    static Optional<InverterReview> review(ScreeningContext a, Selection selection,
            String summary, PerInverter check) {
        List<Inverter> all = inverters(a);
        List<String> problems = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int checked = 0;
        for (int k = 0; k < all.size(); k++) {
            Inverter i = all.get(k);
            if (!selection.includes(i)) {
                continue;
            }
            checked++;
            List<String> p = check.problems(i, unknown);
            if (!p.isEmpty()) {
                String name = label(k, i);
                for (String s : p) {
                    problems.add(name + ": " + s);
                }
            }
        }
        if (problems.isEmpty() && !unknown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InverterReview(checked, problems, summary));
    }
}

package org.derkit.rules.book;

import java.util.List;
import org.derkit.rules.RuleBook;
import org.derkit.rules.RuleSet;

/**
 * The Ameren Illinois DER rule book: every topic class's rule set, lifted onto a
 * {@link Screening}, checked against the bundled catalogue and evaluated in catalogue order.
 * A new topic class is registered with one line in {@link #applicationRuleSets()} (application
 * rules) or {@link #builder()}.
 */
public final class AmerenRuleBook {

    private AmerenRuleBook() {
    }

    private static final class Holder {
        static final RuleBook<Screening> BOOK = builder().build();
    }

    /**
     * The rule sets on an interconnection application, one per topic class, in registration order;
     * they evaluate the {@link ScreeningContext} of the screening.
     *
     * @return the topic classes' rule sets
     */
    public static List<RuleSet<ScreeningContext>> applicationRuleSets() {
        return List.of(BtmMeteringRules.rules(), InstrumentTransformerRules.rules(), InstallationRules.rules(),
                SystemLimitRules.rules(), ScadaRules.rules(), TransferTripRules.rules(), ConstructionRules.rules(),
                StorageMeteringRules.rules(), WitnessTestRules.rules(), SmartInverterRules.rules(),
                ApplicationRules.rules(), Part466Screens.rules(), CostEstimates.rules());
    }

    /**
     * The registrations of every topic class (for the completeness test and for extension). The
     * application rule sets are lifted together, so that one {@link ScreeningContext} serves every
     * application rule of one evaluation: the shared facts (nameplate, level) are worked out once
     * per screening.
     *
     * @return a builder with every topic class registered
     */
    public static RuleBook.Builder<Screening> builder() {
        return RuleBook.<Screening>builder("Ameren Illinois DER rule book")
                .add(RuleSet.concat("interconnection application", applicationRuleSets())
                        .liftTo(s -> s.application().map(ScreeningContext::of), "interconnection application"))
                .add(RetailEnrollmentRules.rules().liftTo(Screening::enrollment, "retail enrollment"))
                .add(MeterDataRules.rules().liftTo(Screening::meterDataOrUnknown, "867 meter data or retail enrollment"));
    }

    /** {@return the book (built once)} */
    public static RuleBook<Screening> book() {
        return Holder.BOOK;
    }
}

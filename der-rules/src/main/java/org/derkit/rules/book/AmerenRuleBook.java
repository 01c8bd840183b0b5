package org.derkit.rules.book;

import org.derkit.rules.RuleBook;

/**
 * The Ameren Illinois DER rule book: every topic class's rule set, lifted onto a
 * {@link Screening}, checked against the bundled catalogue and evaluated in catalogue order.
 * A new topic class is registered with one line in {@link #builder()}.
 */
public final class AmerenRuleBook {

    private AmerenRuleBook() {
    }

    private static final class Holder {
        static final RuleBook<Screening> BOOK = builder().build();
    }

    /** The registrations of every topic class (for the completeness test and for extension). */
    public static RuleBook.Builder<Screening> builder() {
        return RuleBook.<Screening>builder("Ameren Illinois DER rule book")
                .add(BtmMeteringRules.rules().liftTo(Screening::application, "interconnection application"))
                .add(InstrumentTransformerRules.rules().liftTo(Screening::application, "interconnection application"))
                .add(InstallationRules.rules().liftTo(Screening::application, "interconnection application"))
                .add(SystemLimitRules.rules().liftTo(Screening::application, "interconnection application"))
                .add(ScadaRules.rules().liftTo(Screening::application, "interconnection application"))
                .add(TransferTripRules.rules().liftTo(Screening::application, "interconnection application"))
                .add(ConstructionRules.rules().liftTo(Screening::application, "interconnection application"))
                .add(StorageMeteringRules.rules().liftTo(Screening::application, "interconnection application"))
                .add(WitnessTestRules.rules().liftTo(Screening::application, "interconnection application"))
                .add(SmartInverterRules.rules().liftTo(Screening::application, "interconnection application"))
                .add(ApplicationRules.rules().liftTo(Screening::application, "interconnection application"))
                .add(Part466Screens.rules().liftTo(Screening::application, "interconnection application"))
                .add(CostEstimates.rules().liftTo(Screening::application, "interconnection application"))
                .add(RetailEnrollmentRules.rules().liftTo(Screening::enrollment, "retail enrollment"))
                .add(MeterDataRules.rules().liftTo(Screening::meterDataOrUnknown, "867 meter data or retail enrollment"));
    }

    /** The book (built once). */
    public static RuleBook<Screening> book() {
        return Holder.BOOK;
    }
}

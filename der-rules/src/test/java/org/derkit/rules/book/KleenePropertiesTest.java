package org.derkit.rules.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.derkit.model.AccountNumber;
import org.derkit.model.MeterNumber;
import org.derkit.model.ServicePointId;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.retail.BillingOption;
import org.derkit.model.retail.Enrollment;
import org.derkit.model.retail.EnrollmentCycle;
import org.derkit.model.retail.Meter;
import org.derkit.model.retail.MeterReadingType;
import org.derkit.model.retail.RetailAccount;
import org.derkit.model.retail.ServicePoint;
import org.derkit.rules.Finding;
import org.derkit.rules.Kind;
import org.derkit.rules.Outcome;
import org.derkit.rules.QtSupport;
import org.derkit.rules.RuleBook;
import org.derkit.rules.generator.Boundaries;
import org.derkit.rules.generator.BoundaryTable;
import org.junit.jupiter.api.Test;

/**
 * Three-valued evaluation of the whole book (issue 11): an application with some attributes
 * forgotten (an optional attribute of the model, at any depth, made unknown) is compared with the
 * complete one, rule by rule. A known violation is never hidden and never invented by what is
 * unknown:
 * <ul>
 * <li>a FAIL (or the ADVISORY of an advisory rule) with inputs forgotten stays that outcome when
 * they are known again;
 * <li>forgetting inputs never turns a FAIL into a PASS;
 * <li>a PASS with inputs forgotten is a PASS of the complete application (PASS needs every input).
 * </ul>
 */
class KleenePropertiesTest {

    private static final RuleBook<Screening> BOOK = AmerenRuleBook.book();
    private static final BoundaryTable TABLE = Boundaries.table(BOOK.rules().rules());
    /** POL-08 judges what the application states: an unstated item is the violation itself. */
    private static final Set<String> ABOUT_THE_FORM = Set.of("POL-08");

    @Test
    void making_unknown_inputs_known_never_changes_a_fail_and_forgetting_never_turns_a_fail_into_a_pass() {
        SplittableRandom random = new SplittableRandom(QtSupport.SEED);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 300 && problems.size() < 20; i++) {
            InterconnectionApplication complete = ApplicationGenerator.applications().generate(
                    TABLE.sampler(random.nextLong()));
            List<Finding> known = BOOK.evaluate(Screening.of(complete)).stream().toList();
            for (double p : new double[] {0.05, 0.3, 0.6}) {
                InterconnectionApplication partial = Forgetting.forget(complete, random.split(), p);
                List<Finding> unknown = BOOK.evaluate(Screening.of(partial)).stream().toList();
                assertEquals(known.size(), unknown.size());
                for (int r = 0; r < known.size(); r++) {
                    Finding k = known.get(r);
                    Finding u = unknown.get(r);
                    if (ABOUT_THE_FORM.contains(k.id())) {
                        continue;
                    }
                    Outcome violation = k.kind() == Kind.ADVISORY ? Outcome.ADVISORY : Outcome.FAIL;
                    if (u.outcome() == violation && k.outcome() != violation
                            || k.outcome() == Outcome.FAIL && u.outcome() == Outcome.PASS
                            || u.outcome() == Outcome.PASS && k.outcome() != Outcome.PASS) {
                        problems.add(k.id() + ": complete " + k.outcome() + " (" + k.explanation() + "), forgotten "
                                + u.outcome() + " (" + u.explanation() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The retail rules on generated enrollments whose stated facts (partial load, bankruptcy
     * replacement, notice, dates) are forgotten: besides the properties above, a FAIL is never
     * hidden as NOT_APPLICABLE by an unknown applicability (RES-13, RES-14 and RES-22 used to read
     * an unknown as false).
     */
    @Test
    void retail_rules_never_hide_or_invent_a_fail_behind_an_unknown_enrollment_fact() {
        SplittableRandom random = new SplittableRandom(QtSupport.SEED);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 400 && problems.size() < 20; i++) {
            Enrollment complete = enrollment(random);
            List<Finding> known = BOOK.evaluate(Screening.of(complete)).stream().toList();
            Enrollment partial = forgetStatedFacts(complete, random, 0.5);
            List<Finding> unknown = BOOK.evaluate(Screening.of(partial)).stream().toList();
            for (int r = 0; r < known.size(); r++) {
                Finding k = known.get(r);
                Finding u = unknown.get(r);
                if (u.outcome() == Outcome.FAIL && k.outcome() != Outcome.FAIL
                        || k.outcome() == Outcome.FAIL && (u.outcome() == Outcome.PASS
                                || u.outcome() == Outcome.NOT_APPLICABLE)
                        || u.outcome() == Outcome.PASS && k.outcome() != Outcome.PASS) {
                    problems.add(k.id() + ": complete " + k.outcome() + " (" + k.explanation() + "), forgotten "
                            + u.outcome() + " (" + u.explanation() + ") for " + partial);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static final LocalDate START = LocalDate.of(2026, 1, 12);

    /** A new or existing account's enrollment with every stated fact drawn at random. */
    private static Enrollment enrollment(SplittableRandom r) {
        RetailAccount.Builder account = RetailAccount.builder()
                .addServicePoints(ServicePoint.builder().id(ServicePointId.of("90000001"))
                        .addMeters(Meter.builder().number(MeterNumber.of("7000001"))
                                .readingType(MeterReadingType.INTERVAL).build())
                        .scheduledReadDate(START.plusDays(r.nextInt(20))).build());
        if (r.nextBoolean()) {
            account.number(AccountNumber.of("12345678" + (10 + r.nextInt(80))));
        }
        if (r.nextBoolean()) {
            account.startDate(START);
        }
        return Enrollment.builder().account(account.build())
                .cycle(r.nextBoolean() ? EnrollmentCycle.ON_CYCLE : EnrollmentCycle.OFF_CYCLE)
                .requestedBillingOption(r.nextBoolean() ? BillingOption.DUAL : BillingOption.SINGLE_BILL_OPTION)
                .requestedDate(START.plusDays(r.nextInt(10)))
                .submittedOn(START.minusDays(r.nextInt(10)))
                .intentEmailedOn(START.minusDays(r.nextInt(10)))
                .firstBillingDate(START.plusDays(r.nextInt(30)))
                .partialLoad(r.nextBoolean())
                .representativeNotified(r.nextBoolean())
                .bankruptcyReplacement(r.nextBoolean())
                .build();
    }

    private static Enrollment forgetStatedFacts(Enrollment e, SplittableRandom r, double p) {
        Enrollment b = e;
        if (r.nextDouble() < p) {
            b = b.withPartialLoad(Optional.empty());
        }
        if (r.nextDouble() < p) {
            b = b.withBankruptcyReplacement(Optional.empty());
        }
        if (r.nextDouble() < p) {
            b = b.withRepresentativeNotified(Optional.empty());
        }
        if (r.nextDouble() < p) {
            b = b.withSubmittedOn(Optional.empty());
        }
        if (r.nextDouble() < p) {
            b = b.withFirstBillingDate(Optional.empty());
        }
        if (r.nextDouble() < p) {
            b = b.withIntentEmailedOn(Optional.empty());
        }
        return b;
    }

    @Test
    void forgetting_makes_attributes_unknown_at_every_depth() {
        SplittableRandom random = new SplittableRandom(QtSupport.SEED);
        InterconnectionApplication complete = ApplicationGenerator.applications().generate(TABLE.sampler(1));
        InterconnectionApplication none = Forgetting.forget(complete, random, 1.0);
        assertEquals(Optional.empty(), none.facility().siting());
        assertEquals(Optional.empty(), none.meteringInstallation());
        assertNotEquals(complete, none);
        assertEquals(complete, Forgetting.forget(complete, random, 0.0));
    }

    /**
     * Makes optional attributes of der-model values unknown through their Immutables {@code with*}
     * methods. Attributes that another attribute stands in for when they are absent (a declared
     * nameplate for the units' sum, the stated renewability or source for the units' sources, the service phases
     * for the DER phases) are kept: forgetting them changes a value instead of hiding it.
     */
    static final class Forgetting {

        private static final Set<String> WITH_FALLBACK = Set.of("declaredNameplate", "declaredApparentNameplate",
                "renewable", "energySource", "servicePhases");

        private Forgetting() {
        }

        @SuppressWarnings("unchecked")
        static <T> T forget(T value, SplittableRandom random, double p) {
            return (T) forgetValue(value, random, p);
        }

        private static Object forgetValue(Object value, SplittableRandom random, double p) {
            Class<?> type = value.getClass();
            if (!type.getName().startsWith("org.derkit.model.") || !hasBuilder(type)) {
                return value;
            }
            Object current = value;
            // getMethods() has no defined order: sorted, then shuffled by the seed, which alone decides
            // which attributes are forgotten in which order
            List<Method> methods = new ArrayList<>(List.of(type.getMethods()));
            methods.sort(Comparator.comparing(Method::toGenericString));
            for (int i = methods.size() - 1; i > 0; i--) {
                Collections.swap(methods, i, random.nextInt(i + 1));
            }
            for (Method with : methods) {
                if (!with.getName().startsWith("with") || with.getParameterCount() != 1
                        || Modifier.isStatic(with.getModifiers())) {
                    continue;
                }
                String attribute = with.getName().substring(4, 5).toLowerCase(Locale.ROOT) + with.getName().substring(5);
                Method accessor;
                try {
                    accessor = type.getMethod(attribute);
                } catch (NoSuchMethodException e) {
                    continue;
                }
                if (WITH_FALLBACK.contains(attribute)) {
                    continue;
                }
                Class<?> parameter = with.getParameterTypes()[0];
                try {
                    Object attr = accessor.invoke(current);
                    if (accessor.getReturnType() == Optional.class && parameter == Optional.class) {
                        Optional<?> o = (Optional<?>) attr;
                        if (o.isEmpty()) {
                            continue;
                        }
                        Object next = random.nextDouble() < p ? Optional.empty()
                                : Optional.of(forgetValue(o.get(), random, p));
                        current = apply(with, current, next);
                    } else if (parameter == accessor.getReturnType() && hasBuilder(parameter)) {
                        current = apply(with, current, forgetValue(attr, random, p));
                    } else if (List.class.isAssignableFrom(accessor.getReturnType()) && parameter == Iterable.class) {
                        List<Object> items = new ArrayList<>();
                        for (Object item : (List<?>) attr) {
                            items.add(forgetValue(item, random, p));
                        }
                        current = apply(with, current, items);
                    }
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new AssertionError(e);
                }
            }
            return current;
        }

        private static Object apply(Method with, Object target, Object argument) throws IllegalAccessException {
            try {
                return with.invoke(target, argument);
            } catch (InvocationTargetException refused) {
                return target; // the model refuses this combination: keep the attribute known
            }
        }

        private static boolean hasBuilder(Class<?> type) {
            try {
                return Modifier.isStatic(type.getMethod("builder").getModifiers());
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    }
}

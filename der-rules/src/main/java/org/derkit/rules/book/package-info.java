/**
 * The Ameren Illinois DER rule book written in the rule DSL: one class per topic, each holding
 * its rules as {@code public static final Rule<...>} constants named after the catalogue id
 * ({@code BTM_01}) and a {@code rules()} method returning them as a
 * {@link org.derkit.rules.RuleSet} in catalogue order; {@link org.derkit.rules.book.AmerenRuleBook}
 * lifts every set onto a {@link org.derkit.rules.book.Screening} and checks the whole against the
 * bundled catalogue.
 *
 * <h2>Layout of a topic class</h2>
 * Every class that declares rules keeps its members in one order: the public limits and constants
 * (thresholds) and private constants; the {@code Input} constants, which must precede the rules
 * because static fields initialise in declaration order; the {@code public static final Rule<...>}
 * constants in catalogue order, each written inline as {@code Rule.id(..)...build()} under its
 * javadoc; the private {@code RULES} set, if any, and {@code rules()}; the private constructor; the
 * public computations and nested types; and last the private helpers. No method, constructor or
 * nested type is declared before the last rule, so the rules read as one block in the catalogue's
 * order; {@code BookLayoutTest} checks both.
 *
 * <h2>Adding a topic class</h2>
 * <ol>
 * <li>Declare the inputs you need in {@link org.derkit.rules.book.FacilityInputs} (or a sibling
 * class for applications and enrollments): one constant per value, named as people say it. The
 * name is what findings show and how the boundary generator joins limits across rules.</li>
 * <li>Write the rules, one sentence each, citing the catalogue's document and section exactly,
 * with limits as typed quantities whose inclusivity follows the document's words ("or greater",
 * "at least", "up to" inclusive; "greater than", "exceeds", "less than" exclusive), and a note for
 * any conflict or secondary figure:
 * <pre>{@code
 * public static final Rule<Facility> BTM_01 = Rule.id("BTM-01")
 *         .cites(Source.BTM_METERING_2024, "BTM Generation Interconnections")
 *         .quoting("customer aggregate generation is 200 kW or greater")
 *         .kind(Kind.RULE)
 *         .topic(Topic.BTM_METERING)
 *         .appliesTo(Facility.class)
 *         .when(FacilityInputs.SITING, "is BTM", siting -> siting == Siting.BEHIND_THE_METER)
 *         .measure(FacilityInputs.AGGREGATE_NAMEPLATE)
 *         .atLeast(kilowatts(200))
 *         .requires("Ameren BTM production meter with SCADA")
 *         .note("POL 4.7.1 (2023) says larger than 200 kW AC: this 2024 document governs, "
 *                 + "so exactly 200 kW requires the meter")
 *         .build();
 *
 * public static RuleSet<Facility> rules() {
 *     return RuleSet.of("BTM metering", BTM_01, BTM_02, ...);
 * }
 * }</pre>
 * Computations are public static typed functions of the topic class, used by a
 * {@code .from(..).computes(..)} rule so that callers get both the typed result and the VALUE
 * finding.</li>
 * <li>Register the set with one line in {@link org.derkit.rules.book.AmerenRuleBook#builder()},
 * lifted onto the screening ({@code liftTo(Screening::facility, "interconnection application")}).</li>
 * <li>Test each rule below, at and above each limit, with test names starting with the id
 * ({@code BTM_01_meter_required_at_exactly_200_kW}); {@code Boundaries.cases(rule)} gives the
 * values. The book's completeness test fails on an id that is not in the catalogue or is
 * registered twice.</li>
 * </ol>
 *
 * <p>Unless otherwise noted, passing a null argument to a method in this package will cause a
 * {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.rules.book;

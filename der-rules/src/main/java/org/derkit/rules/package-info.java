/**
 * The rule DSL and engine: Ameren Illinois DER requirements as executable, traceable rules that
 * evaluate a subject (a facility, an interconnection application, a retail enrollment) into
 * {@link org.derkit.rules.Findings}.
 *
 * <h2>Writing a rule</h2>
 * A rule is one sentence of a staged DSL that starts at {@link org.derkit.rules.Rule#id(String)};
 * each position of the sentence is one {@code *Step} interface, so the compiler refuses a rule
 * without a citation or an outcome. Chain the steps; never keep a step in a variable.
 *
 * <pre>{@code
 * Rule<Facility> btm01 = Rule.id("BTM-01")
 *         .cites(Source.BTM_METERING_2024, "BTM Generation Interconnections")
 *         .quoting("200 kW or greater")
 *         .kind(Kind.RULE)
 *         .topic(Topic.BTM_METERING)
 *         .appliesTo(Facility.class)
 *         .when(FacilityInputs.SITING, "is BTM", siting -> siting == Siting.BEHIND_THE_METER)
 *         .measure("aggregate AC nameplate", Dimension.ACTIVE_POWER, Facility::aggregateNameplate)
 *         .atLeast(kilowatts(200))
 *         .requires("Ameren BTM production meter with SCADA")
 *         .note("POL 4.7.1 says larger than 200 kW AC; this 2024 document governs")
 *         .build();
 * }</pre>
 *
 * <h2>Grammar</h2>
 * <pre>
 * rule        ::= 'Rule.id(' ID ')' citation ( kind topic subject when* body | advisory ) ( note | limit )* '.build()'
 * citation    ::= '.cites(' Source ',' section ')' [ '.quoting(' clause ')' ]          CitesStep, QuoteStep
 * kind        ::= '.kind(' Kind ')'                                                   KindStep (any kind but ADVISORY)
 * topic       ::= '.topic(' Topic ')'                                                 TopicStep
 * subject     ::= '.appliesTo(' Class ')'                                             SubjectStep
 * when        ::= ( '.when(' | '.andWhen(' ) description ',' Predicate ')'           WhenStep  -&gt; NOT_APPLICABLE
 *               | '.when(' Input ',' description ',' Predicate ')'                    unknown -&gt; INSUFFICIENT_DATA
 * body        ::= check | computation | statement                                     MeasureStep
 * check       ::= '.measure(' input ')' condition ( '.and(' input ')' condition )* decision
 * input       ::= Input | name ',' extractor | name ',' Dimension ',' extractor       empty -&gt; INSUFFICIENT_DATA
 * condition   ::= '.atLeast(' V ')' | '.atMost(' V ')' | '.greaterThan(' V ')'        ConditionStep
 *               | '.lessThan(' V ')' | '.between(' V ',' Inclusivity ',' V ',' Inclusivity ')'
 *               | '.is(' V ')' | '.isOneOf(' Set ')' | '.satisfies(' description ',' Predicate ')'
 * decision    ::= '.requires(' what ')' | '.passes(' what ')' | '.mustProvide(' what ')'  OutcomeStep
 *               | '.then(' Outcome ',' meaning ')' '.otherwise(' Outcome ',' meaning ')'  OtherwiseStep
 * computation ::= '.from(' input ')' [ '.and(' input ')' ]                            ComputeStep, Compute2Step
 *                 ( '.computes(' what ',' function ',' valueText ')'                  -&gt; VALUE
 *                 | '.decides(' what ',' function ')' )                                -&gt; Decision's outcome
 *               | '.computesConstant(' what ',' result ',' valueText ')'
 * statement   ::= '.states(' text ')'                                                 -&gt; INFO
 *               | '.reports(' Outcome ',' meaning ')'
 * note        ::= '.note(' sentence ')'                                               BuildStep
 * limit       ::= '.limit(' input ',' Dimension ',' Comparison ',' value ')'           BuildStep: a figure a function applies, as data
 * advisory    ::= '.advisory()' topic subject when* '.measure(' input ')' condition    AdvisoryTopicStep .. AdvisoryWhenStep
 *                 ( '.and(' input ')' condition )* '.advises(' what ')'               AdvisoryOutcomeStep -&gt; PASS | ADVISORY
 * </pre>
 *
 * <p>An advisory rule (a recommendation, catalogue kind {@code advisory}) has a grammar of its
 * own: after {@code advisory()} no step takes an {@link org.derkit.rules.Outcome} or a
 * {@link org.derkit.rules.Decision}, so an advisory rule that could report FAIL does not compile,
 * and {@code kind(Kind.ADVISORY)} is refused.
 *
 * <h2>Evaluating</h2>
 * Rules are composed into a {@link org.derkit.rules.RuleSet} (per topic, per document; lifted
 * onto a larger subject with {@link org.derkit.rules.RuleSet#liftTo}) and the whole book into a
 * {@link org.derkit.rules.RuleBook}, checked against the bundled {@link org.derkit.rules.Catalogue}.
 * Evaluation is pure, deterministic and returns one {@link org.derkit.rules.Finding} per rule;
 * comparisons run on the exact values of der-model quantities (a double first, the decimal on a
 * tie), never on javax.measure arithmetic, and texts are built only when asked for.
 * {@link org.derkit.rules.RulesCsv} writes the CSV of {@code derkit rules} and {@code derkit screen}.
 *
 * <p>Unless otherwise noted, passing a null argument to a method in this package will cause a
 * {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.rules;

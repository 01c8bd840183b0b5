package org.derkit.bench.rules;

import static org.derkit.model.DerQuantities.kilowatts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.derkit.model.ActivePower;
import org.derkit.model.Money;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.model.ApplicationId;
import org.derkit.model.facility.Facility;
import org.derkit.model.facility.Siting;
import org.derkit.rules.Dimension;
import org.derkit.rules.Findings;
import org.derkit.rules.Inclusivity;
import org.derkit.rules.Input;
import org.derkit.rules.Kind;
import org.derkit.rules.Rule;
import org.derkit.rules.RuleSet;
import org.derkit.rules.Source;
import org.derkit.rules.Topic;
import org.derkit.rules.book.AmerenRuleBook;
import org.derkit.rules.book.ApplicationGenerator;
import org.derkit.rules.book.Screening;
import org.derkit.rules.generator.Boundaries;
import org.derkit.rules.generator.LimitSampler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluates a rule set of {@code rules} synthetic rules (lifted onto a wrapper subject, as the
 * real book is) for one of 64 pre-built subjects per call; {@link Mode#SampleTime} reports the
 * median (p0.50). Texts are not built: evaluation keeps raw values and explanations are lazy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RuleEvaluationBenchmark {

    /** The synthetic subject: what a facility offers the rules. */
    public record Site(boolean btm, Optional<ActivePower> nameplate, Optional<BigDecimal> ratingFactor,
            Optional<Money> fee, int phases) {
    }

    /** The wrapper the book evaluates (an application or an enrollment). */
    public record Case(Optional<Site> site) {
    }

    static final Input<Site, ActivePower> NAMEPLATE =
            Input.of("aggregate AC nameplate", Dimension.ACTIVE_POWER, Site::nameplate);
    static final Input<Site, BigDecimal> RATING_FACTOR =
            Input.of("CT rating factor", Dimension.NUMBER, Site::ratingFactor);
    static final Input<Site, Money> FEE = Input.of("fee", Dimension.MONEY, Site::fee);

    @Param({"130"})
    public int rules;

    private RuleSet<Case> book;
    private Case[] subjects;
    private int next;

    private Screening screening;
    private Screening[] generated;

    /** A catalogue-like mix: 60% thresholds, 10% ranges, 10% two conditions, 10% computations, 10% statements. */
    static RuleSet<Case> synthetic(int n) {
        List<Rule<Site>> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = String.format("SYN-%03d", i);
            var rule = Rule.id(id).cites(Source.BTM_METERING_2024, "Synthetic " + i);
            int shape = i % 10;
            if (shape == 8) {
                list.add(rule.kind(Kind.COMPUTATION).topic(Topic.COSTS).appliesTo(Site.class)
                        .from(NAMEPLATE)
                        .computes("level", p -> p.isAtMost(kilowatts(25)) ? "LEVEL_1" : "LEVEL_2", s -> s)
                        .build());
            } else if (shape == 9) {
                list.add(rule.kind(Kind.INFORMATIONAL).topic(Topic.BTM_METERING).appliesTo(Site.class)
                        .states("Statement " + i).build());
            } else if (shape == 7) {
                list.add(rule.kind(Kind.RULE).topic(Topic.BTM_METERING).appliesTo(Site.class)
                        .when("siting is BTM", Site::btm)
                        .measure(NAMEPLATE).atLeast(kilowatts(100 + i))
                        .and(RATING_FACTOR).atMost(new BigDecimal("2.0"))
                        .requires("meter").build());
            } else if (shape == 6) {
                list.add(rule.kind(Kind.RULE).topic(Topic.SMART_INVERTER).appliesTo(Site.class)
                        .measure(RATING_FACTOR).between(new BigDecimal("0.917"), Inclusivity.INCLUSIVE,
                                new BigDecimal("1.05"), Inclusivity.EXCLUSIVE)
                        .passes("in band").build());
            } else if (shape == 5) {
                list.add(rule.kind(Kind.RULE).topic(Topic.APPLICATION).appliesTo(Site.class)
                        .when("three-phase", s -> s.phases() == 3)
                        .measure(FEE).atMost(Money.ofDollars(600 + i)).passes("fee").build());
            } else {
                list.add(rule.kind(Kind.RULE).topic(Topic.SYSTEM_LIMITS).appliesTo(Site.class)
                        .measure(NAMEPLATE).greaterThan(kilowatts(10L * i)).requires("study").build());
            }
        }
        return RuleSet.of("synthetic", list).liftTo(Case::site, "site");
    }

    @Setup
    public void setUp() {
        book = synthetic(rules);
        SplittableRandom random = new SplittableRandom(20240415L);
        subjects = new Case[64];
        for (int i = 0; i < subjects.length; i++) {
            Optional<ActivePower> p = random.nextInt(10) == 0 ? Optional.empty()
                    : Optional.of(ActivePower.ofKilowatts(BigDecimal.valueOf(random.nextLong(2_000_000), 3)));
            subjects[i] = new Case(Optional.of(new Site(random.nextBoolean(), p,
                    Optional.of(BigDecimal.valueOf(random.nextInt(30), 1)),
                    Optional.of(Money.ofDollars(random.nextInt(1200))), random.nextBoolean() ? 1 : 3)));
        }
        screening = Screening.of(InterconnectionApplication.builder().id(ApplicationId.of("BENCH-1"))
                .facility(Facility.builder().siting(Siting.BEHIND_THE_METER).declaredNameplate(kilowatts(250)).build())
                .build());
        // applications that fill most parts of the model and sit on the book's limits half of the time
        LimitSampler sampler = Boundaries.table(AmerenRuleBook.book().rules().rules()).sampler(20240415L);
        generated = sampler.generate(ApplicationGenerator.screenings(), 64).toArray(new Screening[0]);
    }

    /** The whole synthetic book for one subject. */
    @Benchmark
    public Findings syntheticBook() {
        Case c = subjects[next++ & 63];
        return book.evaluate(c);
    }

    /** The whole Ameren book (129 ids) for a sparse application: siting and nameplate only. */
    @Benchmark
    public Findings wholeBookSparseApplication() {
        return AmerenRuleBook.book().evaluate(screening);
    }

    /** The whole Ameren book (129 ids) for generated applications that fill most inputs, cycling 64. */
    @Benchmark
    public Findings wholeBookGeneratedApplications() {
        return AmerenRuleBook.book().evaluate(generated[next++ & 63]);
    }

    /** Builds every text of one evaluation too (what `derkit screen` pays per application). */
    @Benchmark
    public int syntheticBookWithExplanations() {
        Case c = subjects[next++ & 63];
        int length = 0;
        for (var f : book.evaluate(c)) {
            length += f.explanation().length();
        }
        return length;
    }
}

// Property-test a rule of your own with the boundary generator (framework-neutral, seeded).
record Site(Optional<ActivePower> export) { }
Rule<Site> myRule = (Rule.id("MY-01").cites(Source.BTM_METERING_2024, "my utility's export limit")
        .kind(Kind.RULE).topic(Topic.SYSTEM_LIMITS).appliesTo(Site.class)
        .measure(Input.of("export capacity", Dimension.ACTIVE_POWER, Site::export)).atMost(kilowatts(25))
        .passes("export within 25 kW").build());
// 1. just below, at and just above each limit
for (BoundaryCase<?> c : Boundaries.cases(myRule)) {
    Finding f = myRule.evaluate(new Site(Optional.of((ActivePower) c.value())));
    System.out.println(c.position() + " " + c.value() + " -> " + f.outcome() + (c.satisfiesLimit() == (f.outcome() == Outcome.PASS) ? "" : "  MISMATCH"));
}
// 2. a property over random sites that concentrate on the limit: PASS exactly when export <= 25 kW
long seed = Long.getLong("QT_SEED", 20240415L);
SubjectGenerator<Site> sites = s -> new Site(s.nextOptional("export capacity", Dimension.ACTIVE_POWER, kilowatts(0), kilowatts(100), 0.05));
List<Site> sample = Boundaries.table(List.of(myRule)).sampler(seed).generate(sites, 1000);
long broken = sample.stream().filter(s -> {
    Outcome o = myRule.evaluate(s).outcome();
    return s.export().isEmpty() ? o != Outcome.INSUFFICIENT_DATA : (o == Outcome.PASS) != s.export().get().isAtMost(kilowatts(25));
}).count();
long atLimit = sample.stream().filter(s -> s.export().map(e -> e.compareTo(kilowatts(25)) == 0).orElse(false)).count();
System.out.println("property held for " + (sample.size() - broken) + " of " + sample.size() + " sites (seed " + seed + "), " + atLimit + " exactly at 25 kW");
/exit

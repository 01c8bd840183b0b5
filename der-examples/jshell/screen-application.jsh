// Screen one application against the whole Ameren rule book: ./derkit shell der-examples/jshell/screen-application.jsh
var app = (InterconnectionApplication.builder()
        .id(ApplicationId.of("MY-250KW"))
        .facility(Facility.builder().siting(Siting.BEHIND_THE_METER).declaredNameplate(kilowatts(250)).build())
        .build());
Findings findings = AmerenRuleBook.book().evaluate(Screening.of(app));
Finding btm01 = findings.byId("BTM-01").orElseThrow();
System.out.println(btm01.id() + " " + btm01.outcome() + ": " + btm01.explanation());
System.out.println(findings.size() + " findings: " + findings.countByOutcome());
/exit

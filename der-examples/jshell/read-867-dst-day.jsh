// Read the bundled 867 files and print the fall-back day (25 hours) of one meter.
List<Path> files = BundledData.copyUsageFiles(Files.createTempDirectory("derkit-867"));
List<ReconstructedPeriod> periods = UsageReader.ameren().readAll(files).stream().map(TransactionUsage::period).toList();
IntervalClock clock = IntervalClock.ameren();
LocalDate fallBack = LocalDate.of(2026, 11, 1);
IntervalSeries meter = periods.get(2).meters().get(0);
for (int i = 0; i < meter.size(); i++) {
    if (LocalDate.ofInstant(meter.start(i), clock.zone()).equals(fallBack)) {
        System.out.println(clock.format(meter.start(i)) + " .. " + clock.format(meter.end(i)) + "  " + meter.value(i) + " kWh");
    }
}
System.out.println(fallBack + " has " + clock.intervalsIn(fallBack) + " hourly intervals; energy conserved: "
        + UsageReader.stitch(periods).get(0).isEnergyConserved());
/exit

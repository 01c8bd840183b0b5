/**
 * Trustworthy hourly series from interval meter data such as Ameren's 867. For 867 files the
 * entry point is {@link org.derkit.metering.UsageReader}: {@code read(file, consumer)} and
 * {@code stream(file)} deliver one {@link org.derkit.metering.TransactionUsage} per transaction set
 * (memory bounded by one transaction set) with its purpose (original, cancellation, replacement),
 * {@code readAndStitch(files)} the stitched {@link org.derkit.metering.ServicePointUsage} per service
 * point after {@link org.derkit.metering.ReportLedger} has applied cancellations and replacements,
 * and every problem is a
 * {@link org.derkit.metering.UsageReadException} naming file, transaction set, segment, line and
 * byte. For outputs that stream: {@link org.derkit.metering.MeteringCsvWriter} (CSV rows from the
 * primitive values) and {@link org.derkit.metering.NetSeriesAccumulator} (the net series with one
 * exact accumulator per service point and hour).
 *
 * <p>From any other source: build a
 * {@link org.derkit.metering.UsageReport} per service point and billing period (from any source),
 * turn its {@code DTM*582} labels into true intervals with
 * {@link org.derkit.metering.IntervalReconstructor} (elapsed-time rule, America/Chicago, RES-20),
 * stitch the periods of a service point with {@link org.derkit.metering.Stitcher} (split hours
 * summed, RES-21; net of additive minus subtractive meters, RES-18), and write or read CSV with
 * {@link org.derkit.metering.MeteringCsv}. {@link org.derkit.metering.Multiplier} scales
 * secondary-side readings (CT x PT ratio), {@link org.derkit.metering.Aggregation} turns 15-minute
 * data into hours, {@link org.derkit.metering.LossFactors} applies distribution loss factors
 * (RES-24), and {@link org.derkit.metering.ProductionMetering} knows the production meter's sign
 * convention (BTM-08).
 *
 * <pre>{@code
 * MeterChannel meter = MeterChannel.builder(MeterNumber.of("7000001"), MeterRole.ADDITIVE, MeterUnit.KWH)
 *     .add(LocalDate.of(2024, 11, 3), "0200", new BigDecimal("1.5"), ReadingQuality.ACTUAL)
 *     .build();
 * UsageReport report = new UsageReport(ServicePointId.of("90000001"),
 *     new BillingPeriod(LocalDate.of(2024, 11, 3), LocalDate.of(2024, 12, 2)), "a.x12", List.of(meter));
 * ReconstructedPeriod period = IntervalReconstructor.ameren().reconstruct(report);
 * period.meters().get(0).start(0);          // 2024-11-03T01:00-05:00, the first of the two 1 a.m. hours
 * ServicePointUsage usage = Stitcher.stitch(List.of(period));
 * MeteringCsv.writeUsageSeries(System.out, List.of(usage), IntervalClock.ameren());
 * }</pre>
 * (the same code runs in {@code PackageExampleTest}).
 *
 * <p>Values are exact decimals held as scaled longs in primitive arrays; nothing is summed in
 * double. Problems with the data are reported as {@link org.derkit.metering.MeteringProblem}s with
 * their location, inside a {@link org.derkit.metering.MeteringException}, never guessed away.
 *
 * <p>Unless otherwise noted, passing a null argument to a method in this package will cause a
 * {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.metering;


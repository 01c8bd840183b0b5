/**
 * Small programs that use the library directly, without the command line, each with a
 * {@code main} and a {@code run} method that its test calls on bundled data:
 * {@link org.derkit.examples.programs.ScreenApplication} (one application against the book),
 * {@link org.derkit.examples.programs.DstDayProfile} (the 23- and 25-hour days of 867 files),
 * {@link org.derkit.examples.programs.CtPtMultiplier} (600:5 x 288:120 = 288),
 * {@link org.derkit.examples.programs.RideThroughRegions} (where a disturbance falls in INV-10/11)
 * and {@link org.derkit.examples.programs.GenerateAndRead867} (a synthetic 867 through der-edi and
 * der-metering). Run one with
 * {@code java -p der-examples/target/lib:der-examples/target/der-examples-0.1.0-SNAPSHOT.jar -m
 * org.derkit.examples/org.derkit.examples.programs.CtPtMultiplier} after {@code ./derkit --help}
 * has built the library.
 *
 * <p>Unless otherwise noted, passing a null argument to a method in this package will cause a
 * {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.examples.programs;

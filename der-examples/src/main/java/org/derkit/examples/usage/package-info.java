/**
 * From 867 files to hourly series: {@link org.derkit.examples.usage.UsageFiles} reads 867s with
 * der-edi's strict reader, turns each transaction set into a der-metering usage report (meter role
 * from {@code REF*JH}, multiplier from {@code MEA**MU}), reconstructs true interval instants and
 * stitches each service point's periods. Bad data is a {@link
 * org.derkit.examples.usage.UsageInputException} naming the file, the transaction set, the segment
 * and the reason; nothing is repaired by guessing.
 *
 * <p>Unless otherwise noted, passing a null argument to a method in this package will cause a
 * {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.examples.usage;

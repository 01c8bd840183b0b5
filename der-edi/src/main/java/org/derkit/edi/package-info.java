/**
 * Reading and writing the X12 files Ameren Illinois exchanges with retail electric suppliers:
 * 867 interval usage, 814 enrollment, 810 invoices and 997 acknowledgements.
 *
 * <p>Start with {@link org.derkit.edi.X12Factory}: its {@link org.derkit.edi.X12Reader} pulls one
 * typed transaction set at a time ({@link org.derkit.edi.Edi867}, {@link org.derkit.edi.Edi814},
 * {@link org.derkit.edi.Edi810}, {@link org.derkit.edi.Edi997}) from a file of any size, and its
 * {@link org.derkit.edi.X12Writer} writes them back with counts and control numbers computed.
 * Problems carry an {@link org.derkit.edi.X12ErrorCode} in the spirit of the 997 and a
 * {@link org.derkit.edi.Location} that reads as a sentence. What the public guides leave open is a
 * setting of {@link org.derkit.edi.AmerenProfile}. {@link org.derkit.edi.Edi867Generator} writes
 * seeded synthetic 867 files for tests and benchmarks.
 *
 * <p>Interval labels count elapsed hours in America/Chicago: label {@code 0200} on the
 * spring-forward day ends at 03:00 CDT; a fall-back day has 25 labels, {@code 0100..2500}.
 *
 * <p>Unless otherwise noted, passing a null argument to a method in this package will cause a
 * {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.edi;

/**
 * X12 reading and writing for Ameren's 867, 814 and 810.
 *
 * <p>Unless otherwise noted, passing a null argument to a method in this package will cause a
 * {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.edi;

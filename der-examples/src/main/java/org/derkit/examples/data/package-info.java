/**
 * The sample data bundled with der-examples, for the demo, the jshell scripts and the examples:
 * five interconnection applications and three 867 files of one service point (spring-forward day,
 * a split hour across two files, fall-back day, a subtractive meter with multiplier 40). See
 * {@link org.derkit.examples.data.BundledData}.
 *
 * <p>Unless otherwise noted, passing a null argument to a method in this package will cause a
 * {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.examples.data;

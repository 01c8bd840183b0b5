/**
 * The rule DSL and the rule book.
 *
 * <p>Unless otherwise noted, passing a null argument to a method in this package will cause a
 * {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.rules;

/**
 * javax.measure integration: the units indriya lacks (VA, var, Wh, varh, inch, foot, mile) and the
 * quantity kinds that keep apparent and reactive power apart from active power. Use these at the
 * edges of an application; derkit's own types ({@code ActivePower.toQuantity()},
 * {@code ActivePower.from(quantity)}) convert exactly.
 *
 * <p>Unless otherwise noted, passing a null argument to a method in this package will cause a
 * {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.model.measure;

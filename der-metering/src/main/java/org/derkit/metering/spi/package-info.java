/**
 * Extension points of der-metering: plug in where loss factors come from
 * ({@link org.derkit.metering.spi.LossFactorSource}).
 *
 * <p>Unless otherwise noted, passing a null argument to a method in this package will cause a
 * {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.metering.spi;

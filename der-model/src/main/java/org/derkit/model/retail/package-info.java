/**
 * Retail electric supply in Ameren Illinois as a supplier's back office sees it: the {@link
 * org.derkit.model.retail.RetailAccount} with its {@link org.derkit.model.retail.ServicePoint}s and
 * {@link org.derkit.model.retail.Meter}s (additive or subtractive, multiplier, 99999999 for
 * unmetered load; {@link org.derkit.model.retail.MeterUnit} of their 867 channels), the {@link org.derkit.model.retail.Enrollment} a supplier requests (on- or
 * off-cycle, dual billing or Single Bill Option) and the {@link
 * org.derkit.model.retail.RetailSupplier}.
 *
 * <p>Unless otherwise noted, passing a null argument to a constructor or method in this package
 * will cause a {@link java.lang.NullPointerException} to be thrown.
 */
@DerStyle
package org.derkit.model.retail;

import org.derkit.model.internal.DerStyle;

/**
 * The BTM production metering installation: {@link
 * org.derkit.model.installation.CurrentTransformer}s and {@link
 * org.derkit.model.installation.PotentialTransformer}s grouped in {@link
 * org.derkit.model.installation.InstrumentTransformerSet}s, and the {@link
 * org.derkit.model.installation.MeteringInstallation} around them: cabinet location, mounting,
 * conduit, spacing and working space, secondary wiring ({@link
 * org.derkit.model.installation.WireSize} in AWG), grounding, labels, gas-riser clearance and the
 * pictures of the Construction Complete phase. Lengths use {@link org.derkit.model.Length}
 * (inches, feet).
 *
 * <p>Everything an application may leave blank is {@link java.util.Optional}; the rules of
 * der-rules decide what an unknown value means.
 *
 * <p>Unless otherwise noted, passing a null argument to a constructor or method in this package
 * will cause a {@link java.lang.NullPointerException} to be thrown.
 */
@DerStyle
package org.derkit.model.installation;

import org.derkit.model.internal.DerStyle;

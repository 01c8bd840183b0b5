/**
 * Distributed energy resource facilities as the interconnection documents describe them: the
 * {@link org.derkit.model.facility.Facility} at a point of interconnection with its
 * {@link org.derkit.model.facility.GeneratingUnit}s, {@link org.derkit.model.facility.Inverter}s
 * (certifications, protocols, operating modes and {@link
 * org.derkit.model.facility.InverterSettings}: ride-through, volt-var curve, ramp rates) and
 * {@link org.derkit.model.facility.EnergyStorage}, plus the customer's interconnection equipment
 * (disconnect switch, fault-isolating device, interconnection transformer).
 *
 * <p>Aggregates with many attributes are Immutables value types built with {@code builder()};
 * those with three or more mandatory attributes (inverter, generating unit) have staged builders,
 * so a missing rating does not compile. Small values of two or three mandatory parts (a volt-var
 * point, a trip setting) are Java records. Attributes an application may leave blank are
 * {@link java.util.Optional}: the rules report an unknown input instead of guessing it.
 *
 * <p>Construction refuses meaningless values (a negative nameplate, a volt-var curve whose
 * voltages do not increase) with {@link org.derkit.model.InvalidValueException}; a meaningful value
 * that breaks an Ameren requirement is a finding of der-rules.
 *
 * <p>Unless otherwise noted, passing a null argument to a constructor or method in this package
 * will cause a {@link java.lang.NullPointerException} to be thrown.
 */
@DerStyle
package org.derkit.model.facility;

import org.derkit.model.internal.DerStyle;

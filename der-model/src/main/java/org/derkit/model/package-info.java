/**
 * Typed, exact quantities and identifiers in a utility engineer's units.
 *
 * <p>Every physical quantity is its own type: {@link org.derkit.model.ActivePower} (kW),
 * {@link org.derkit.model.ApparentPower} (kVA), {@link org.derkit.model.ReactivePower} (kvar),
 * {@link org.derkit.model.Energy} (kWh), {@link org.derkit.model.ReactiveEnergy} (kvarh),
 * {@link org.derkit.model.Voltage} (V), {@link org.derkit.model.Current} (A),
 * {@link org.derkit.model.Frequency} (Hz), {@link org.derkit.model.Length} (in, ft, mi), plus
 * {@link org.derkit.model.Percentage}, {@link org.derkit.model.PowerFactor},
 * {@link org.derkit.model.TransformerRatio} (600:5), {@link org.derkit.model.Money} (exact USD) and
 * {@link org.derkit.model.NominalVoltage} (277/480Y, 7200/12470Y, 69 kV). A kW value cannot be
 * compared with a kVA limit: the code does not compile. {@link org.derkit.model.DerQuantities} has
 * short static factories.
 *
 * <h2>Method vocabulary</h2>
 * <ul>
 *   <li>{@code of}, {@code ofKilowatts}: strict static factory; refuses meaningless values with
 *       {@link org.derkit.model.InvalidValueException}</li>
 *   <li>{@code parse}: reads text (an EDI element, a CSV cell, {@code "250 kW"})</li>
 *   <li>{@code from}: converts another representation (a javax.measure quantity) exactly, or throws</li>
 *   <li>{@code with...}: a copy with one change; {@code plus}, {@code minus},
 *       {@code multipliedBy}: exact arithmetic</li>
 *   <li>{@code to...}: converts to another type or unit; {@code is...}: a test</li>
 * </ul>
 * Accessors have no {@code get} prefix, and value types have no public constructors.
 *
 * <h2>Where invariants end and requirements begin</h2>
 * The model refuses only values that mean nothing (a negative nameplate, a CT ratio of zero, an
 * interval ending before it starts). A meaningful value that breaks an Ameren requirement, such as
 * a CT rating factor of 2.1, is a finding of der-rules, never an exception here.
 *
 * <p>Unless otherwise noted, passing a null argument to a constructor or method in this package
 * will cause a {@link java.lang.NullPointerException} to be thrown.
 */
package org.derkit.model;

/**
 * The interconnection request: {@link org.derkit.model.application.InterconnectionApplication}
 * with its {@link org.derkit.model.application.Applicant}, the facility and metering installation,
 * the {@link org.derkit.model.application.CircuitData} for the Part 466 screens, the {@link
 * org.derkit.model.application.StudyResults}, attached {@link
 * org.derkit.model.application.ApplicationDocument}s, the {@link
 * org.derkit.model.application.LifecycleState}, the {@link
 * org.derkit.model.application.WitnessTest} and a SMART inverter {@link
 * org.derkit.model.application.RebateApplication}.
 *
 * <p>Unless otherwise noted, passing a null argument to a constructor or method in this package
 * will cause a {@link java.lang.NullPointerException} to be thrown.
 */
@DerStyle
package org.derkit.model.application;

import org.derkit.model.internal.DerStyle;

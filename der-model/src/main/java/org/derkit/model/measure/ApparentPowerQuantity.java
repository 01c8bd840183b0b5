package org.derkit.model.measure;

import javax.measure.Quantity;

/**
 * Apparent power, in volt-amperes (VA): the product of RMS voltage and RMS current. Dimensionally
 * the same as active power, deliberately a different quantity so that kVA and kW units cannot be
 * exchanged by the type system.
 */
public interface ApparentPowerQuantity extends Quantity<ApparentPowerQuantity> {
}

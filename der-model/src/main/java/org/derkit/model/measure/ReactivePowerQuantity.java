package org.derkit.model.measure;

import javax.measure.Quantity;

/** Reactive power, in volt-amperes reactive (var); kept apart from active and apparent power. */
public interface ReactivePowerQuantity extends Quantity<ReactivePowerQuantity> {
}

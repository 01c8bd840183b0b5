package org.derkit.model.measure;

import javax.measure.Quantity;

/** Reactive energy, in var-hours (varh), as carried by an 867 {@code K3} channel. */
public interface ReactiveEnergyQuantity extends Quantity<ReactiveEnergyQuantity> {
}

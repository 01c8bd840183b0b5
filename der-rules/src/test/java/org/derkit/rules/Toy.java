package org.derkit.rules;

import java.math.BigDecimal;
import java.util.Optional;
import org.derkit.model.ActivePower;
import org.derkit.model.Money;

/**
 * A small subject for testing the DSL without the domain model: a site with an optional
 * nameplate, rating factor and fee, and a siting flag. Null fields are unknown.
 */
record Toy(String name, boolean btm, ActivePower nameplate, BigDecimal ratingFactor, Money fee) {

    static final Input<Toy, ActivePower> NAMEPLATE =
            Input.of("aggregate AC nameplate", Dimension.ACTIVE_POWER, t -> Optional.ofNullable(t.nameplate()));

    static final Input<Toy, BigDecimal> RATING_FACTOR =
            Input.of("CT rating factor", Dimension.NUMBER, t -> Optional.ofNullable(t.ratingFactor()));

    static Toy btm(ActivePower nameplate) {
        return new Toy("toy", true, nameplate, null, null);
    }

    Optional<ActivePower> nameplateIfKnown() {
        return Optional.ofNullable(nameplate);
    }
}

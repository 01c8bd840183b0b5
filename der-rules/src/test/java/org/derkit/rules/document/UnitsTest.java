package org.derkit.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.derkit.model.ActivePower;
import org.derkit.model.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Units hands a quantity to the model's own parser and passes the model's refusal on unchanged. */
class UnitsTest {

    @Test
    void should_pass_the_models_refusal_on_when_the_model_does_not_know_the_unit() {
        // horsepower is no unit of ActivePower.parse (W, kW, MW)
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Units.parse(ActivePower.class, BigDecimal.ONE, "hp"));
        assertEquals("active power", e.field());
    }

    @Test
    void should_parse_a_multiple_exactly_when_the_unit_is_a_listed_one() {
        // 0.25 MW is 250 kW, the canonical unit first in the list
        assertEquals(ActivePower.parse("250 kW"), Units.parse(ActivePower.class, new BigDecimal("0.25"), "MW"));
        assertEquals("kW", Units.of(ActivePower.class).get(0));
    }
}

package org.derkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.derkit.model.InvalidValueException;
import org.derkit.model.retail.DeliveryVoltageLevel;
import org.derkit.rules.book.DistributionLossFactor;
import org.derkit.rules.document.JsonDocumentException;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 5: der-rules refuses a bad value with der-model's InvalidValueException (not a bare
 * IllegalArgumentException), whose message names the field, the valid values and the value given.
 */
class RefusalMessagesTest {

    @Test
    void RES_24_a_negative_system_load_is_an_invalid_value() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> DistributionLossFactor.of(DeliveryVoltageLevel.SECONDARY, new BigDecimal("-2")));
        assertEquals("Invalid value for system load (valid values >= 0 MW): -2 MW", e.getMessage());
        assertEquals("system load", e.field());
    }

    @Test
    void a_refused_document_without_problems_is_refused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new JsonDocumentException("application document", "application.schema.json", List.of()));
        assertEquals("Invalid value for problems of a refused application document"
                + " (valid values at least one problem): none", e.getMessage());
    }
}

package org.derkit.rules;

import static org.derkit.model.DerQuantities.kilowatts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RulesCsvTest {

    @Test
    void the_rules_csv_lists_id_source_section_kind_topic_and_limits_with_units() {
        assertEquals("id,source,section,kind,topic,limits\n"
                + "BTM-01,btm-production-metering-2024.txt,BTM Generation Interconnections,rule,BTM_METERING,"
                + "aggregate AC nameplate at least 200 kW (inclusive)\n",
                RulesCsv.rules(List.of(MessagesTest.BTM_01)));
    }

    @Test
    void the_screen_csv_has_one_row_per_finding_with_quoted_explanations() {
        Findings findings = RuleSet.of("btm", MessagesTest.BTM_01).evaluate(Toy.btm(kilowatts(250)));
        assertEquals("application_id,requirement,outcome,value,explanation\n"
                + "APP-1,BTM-01,REQUIRED,,\"aggregate AC nameplate 250 kW >= 200 kW (BTM Generation "
                + "Interconnections); POL 4.7.1 says larger than 200 kW AC, this 2024 document governs\"\n",
                RulesCsv.screen("APP-1", findings));
    }
}

package org.derkit.examples.programs;

import java.io.PrintStream;
import java.util.List;
import org.derkit.examples.data.BundledData;
import org.derkit.model.application.InterconnectionApplication;
import org.derkit.rules.Finding;
import org.derkit.rules.Findings;
import org.derkit.rules.Outcome;
import org.derkit.rules.Topic;
import org.derkit.rules.book.AmerenRuleBook;
import org.derkit.rules.book.Screening;

/**
 * Screens one bundled application against the whole rule book and prints, per topic, what the
 * applicant must provide, what fails and what was computed. Library use only, no CLI.
 *
 * <pre>{@code java -p ... -m org.derkit.examples/org.derkit.examples.programs.ScreenApplication COMMERCIAL-250KW}</pre>
 */
public final class ScreenApplication {

    private static final List<Outcome> SHOWN = List.of(Outcome.REQUIRED, Outcome.FAIL, Outcome.VALUE, Outcome.REVIEW);

    private ScreenApplication() {
    }

    /**
     * Screens the bundled application named by the first argument.
     *
     * @param args the application id; none for {@code COMMERCIAL-250KW}
     */
    public static void main(String[] args) {
        run(args.length > 0 ? args[0] : "COMMERCIAL-250KW", System.out);
    }

    /**
     * Screens one bundled application and prints the findings worth reading: what is required,
     * what fails, the computed values and what goes to review.
     *
     * @param applicationId the id of a bundled application, such as {@code COMMERCIAL-250KW}
     * @param out where to print
     * @return every finding, printed or not
     * @throws IllegalArgumentException if no bundled application has that id
     */
    public static Findings run(String applicationId, PrintStream out) {
        InterconnectionApplication application = BundledData.application(applicationId);
        Findings findings = AmerenRuleBook.book().evaluate(Screening.of(application));
        out.println(applicationId + ": " + findings.size() + " findings " + findings.countByOutcome());
        for (Topic topic : Topic.values()) {
            List<Finding> shown = findings.byTopic(topic).stream().filter(f -> SHOWN.contains(f.outcome())).toList();
            if (!shown.isEmpty()) {
                out.println(topic);
                shown.forEach(f -> out.println("  " + f.id() + " " + f.outcome()
                        + f.value().map(v -> " " + v).orElse("") + ": " + f.explanation()));
            }
        }
        return findings;
    }
}

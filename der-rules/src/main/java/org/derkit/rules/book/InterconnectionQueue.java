package org.derkit.rules.book;

import org.derkit.model.InvalidValueException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.derkit.model.ApplicationId;

/**
 * The interconnection queue (POL-13, DER Interconnection Policy 3.5 and section 6): applications
 * are studied in order of submission time per serving circuit; a later application on the same
 * circuit waits until every earlier one is decided, and is then studied with their impact. Two
 * applications submitted at the same instant are ordered by application id, so the order is
 * total and repeatable.
 *
 * <p>The engineer's screening of larger distribution projects for aggregate sub-transmission
 * impact, which can place an application against pending ones on both systems, is a judgement
 * this class does not model.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class InterconnectionQueue {

    private static final Comparator<QueueEntry> ORDER = Comparator.comparing(QueueEntry::submittedAt)
            .thenComparing(e -> e.application().value());

    private final Map<String, List<QueueEntry>> byCircuit;
    private final Map<ApplicationId, QueueEntry> byId;

    private InterconnectionQueue(Map<String, List<QueueEntry>> byCircuit, Map<ApplicationId, QueueEntry> byId) {
        this.byCircuit = byCircuit;
        this.byId = byId;
    }

    /**
     * The queue of some entries, in any order.
     *
     * @param entries the applications in the queue
     * @return the queue of some entries, in any order
     * @throws IllegalArgumentException naming the id if an application appears twice
     */
    public static InterconnectionQueue of(Collection<QueueEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        List<QueueEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        Map<String, List<QueueEntry>> circuits = new LinkedHashMap<>();
        Map<ApplicationId, QueueEntry> ids = new LinkedHashMap<>();
        Set<ApplicationId> seen = new HashSet<>();
        for (QueueEntry e : sorted) {
            if (!seen.add(e.application())) {
                throw new InvalidValueException("queue entries", "each application once", e.application() + " appears twice");
            }
            circuits.computeIfAbsent(e.circuitId(), c -> new ArrayList<>()).add(e);
            ids.put(e.application(), e);
        }
        circuits.replaceAll((c, list) -> List.copyOf(list));
        return new InterconnectionQueue(Map.copyOf(circuits), Map.copyOf(ids));
    }

    /**
     * The entries of a circuit in study order (empty for an unknown circuit).
     *
     * @param circuitId the circuit
     * @return the entries of a circuit in study order (empty for an unknown circuit)
     */
    public List<QueueEntry> circuit(String circuitId) {
        return byCircuit.getOrDefault(Objects.requireNonNull(circuitId, "circuitId"), List.of());
    }

    /**
     * The 1-based position of an application in its circuit's queue.
     *
     * @param application the interconnection application, or the screening of it
     * @return the 1-based position of an application in its circuit's queue
     * @throws IllegalArgumentException naming the id if it is not in the queue
     */
    public int position(ApplicationId application) {
        QueueEntry e = entry(application);
        return circuit(e.circuitId()).indexOf(e) + 1;
    }

    /**
     * The earlier applications on the same circuit that are not decided yet: the application
     * waits for them.
     *
     * @param application the interconnection application, or the screening of it
     * @return the earlier applications on the same circuit that are not decided yet: the application waits for them
     * @throws IllegalArgumentException naming the id if it is not in the queue
     */
    public List<QueueEntry> waitsFor(ApplicationId application) {
        QueueEntry e = entry(application);
        List<QueueEntry> ahead = new ArrayList<>();
        for (QueueEntry other : circuit(e.circuitId())) {
            if (other.equals(e)) {
                break;
            }
            if (!other.decided()) {
                ahead.add(other);
            }
        }
        return List.copyOf(ahead);
    }

    /**
     * Whether an application can be studied now: nothing earlier on its circuit is undecided.
     *
     * @param application the interconnection application, or the screening of it
     * @return whether an application can be studied now: nothing earlier on its circuit is undecided
     */
    public boolean isReadyForStudy(ApplicationId application) {
        return waitsFor(application).isEmpty();
    }

    /**
     * The applications ready for study now, at most one per circuit: the earliest undecided one of
     * each circuit, circuits in order of that application's submission.
     *
     * @return the applications ready for study now, at most one per circuit: the earliest undecided one of each
     *         circuit, circuits in order of that application's submission
     */
    public List<QueueEntry> readyForStudy() {
        List<QueueEntry> ready = new ArrayList<>();
        for (List<QueueEntry> entries : byCircuit.values()) {
            entries.stream().filter(e -> !e.decided()).findFirst().ifPresent(ready::add);
        }
        ready.sort(ORDER);
        return List.copyOf(ready);
    }

    /**
     * This queue with an application decided. This instance is immutable and unaffected by this
     * method call.
     *
     * @param application the interconnection application, or the screening of it
     * @return this queue with an application decided
     * @throws IllegalArgumentException naming the id if it is not in the queue
     */
    public InterconnectionQueue withDecided(ApplicationId application) {
        QueueEntry e = entry(application);
        List<QueueEntry> all = new ArrayList<>(byId.values());
        all.remove(e);
        all.add(new QueueEntry(e.application(), e.circuitId(), e.submittedAt(), true));
        return of(all);
    }

    private QueueEntry entry(ApplicationId application) {
        QueueEntry e = byId.get(Objects.requireNonNull(application, "application"));
        if (e == null) {
            throw new InvalidValueException("application", "applications in the queue", application);
        }
        return e;
    }

    /** Such as {@code queue of 3 applications on 2 circuits}. */
    @Override
    public String toString() {
        return "queue of " + byId.size() + " applications on " + byCircuit.size() + " circuits";
    }
}

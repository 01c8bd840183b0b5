package org.derkit.rules.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.derkit.model.application.LifecycleState;

/**
 * The lifecycle of an interconnection application as a state machine (POL-10, DER Interconnection
 * Policy 3.3): application, interconnection study, cost estimate of system modifications,
 * Interconnection Agreement, charges paid and agreement signed by both, construction by both
 * parties, witness test, permission to operate. An application moves only forward and only one
 * step at a time; any other move throws {@link LifecycleTransitionException} naming both states.
 *
 * <pre>{@code
 * ApplicationLifecycle l = ApplicationLifecycle.start()
 *         .advanceTo(LifecycleState.INTERCONNECTION_STUDY);   // fine
 * l.advanceTo(LifecycleState.WITNESS_TEST);                  // throws: INTERCONNECTION_STUDY -> WITNESS_TEST
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
public final class ApplicationLifecycle {

    private static final List<LifecycleState> STATES = List.of(LifecycleState.values());

    private final List<LifecycleState> history;

    private ApplicationLifecycle(List<LifecycleState> history) {
        this.history = List.copyOf(history);
    }

    /** {@return a new application, in {@link LifecycleState#APPLICATION}} */
    public static ApplicationLifecycle start() {
        return new ApplicationLifecycle(List.of(LifecycleState.APPLICATION));
    }

    /**
     * An application known to be in a state (its earlier states are taken as passed in order).
     *
     * @param state the lifecycle state
     * @return an application known to be in a state (its earlier states are taken as passed in order)
     */
    public static ApplicationLifecycle at(LifecycleState state) {
        Objects.requireNonNull(state, "state");
        List<LifecycleState> h = new ArrayList<>();
        for (LifecycleState s : STATES) {
            h.add(s);
            if (s == state) {
                break;
            }
        }
        return new ApplicationLifecycle(h);
    }

    /**
     * The state after {@code state}, or empty after permission to operate.
     *
     * @param state the lifecycle state
     * @return the state after {@code state}, or empty after permission to operate
     */
    @SuppressWarnings("EnumOrdinal") // the states are declared in the order of the process
    public static Optional<LifecycleState> next(LifecycleState state) {
        Objects.requireNonNull(state, "state");
        int i = state.ordinal() + 1;
        return i < STATES.size() ? Optional.of(STATES.get(i)) : Optional.empty();
    }

    /**
     * Whether moving from {@code from} to {@code to} is allowed: exactly one step forward.
     *
     * @param from the start of the range
     * @param to the end of the range
     * @return whether moving from {@code from} to {@code to} is allowed: exactly one step forward
     */
    public static boolean isAllowed(LifecycleState from, LifecycleState to) {
        return next(from).filter(n -> n == Objects.requireNonNull(to, "to")).isPresent();
    }

    /**
     * Checks a transition.
     *
     * @param from the start of the range
     * @param to the end of the range
     * @return {@code to}
     * @throws LifecycleTransitionException naming both states unless {@code to} is the next state
     */
    public static LifecycleState transition(LifecycleState from, LifecycleState to) {
        if (!isAllowed(from, to)) {
            throw new LifecycleTransitionException(from, to);
        }
        return to;
    }

    /**
     * This lifecycle one step further. This instance is immutable and unaffected by this method call.
     *
     * @param to the end of the range
     * @return this lifecycle one step further
     * @throws LifecycleTransitionException naming both states unless {@code to} is the next state
     */
    public ApplicationLifecycle advanceTo(LifecycleState to) {
        transition(state(), to);
        List<LifecycleState> h = new ArrayList<>(history);
        h.add(to);
        return new ApplicationLifecycle(h);
    }

    /** {@return the current state} */
    public LifecycleState state() {
        return history.get(history.size() - 1);
    }

    /** {@return the states passed, first to current} */
    public List<LifecycleState> history() {
        return history;
    }

    /** {@return whether permission to operate is granted (the last state)} */
    public boolean isComplete() {
        return next(state()).isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApplicationLifecycle && ((ApplicationLifecycle) other).history.equals(history);
    }

    @Override
    public int hashCode() {
        return history.hashCode();
    }

    /** Such as {@code lifecycle at COST_ESTIMATE}. */
    @Override
    public String toString() {
        return "lifecycle at " + state();
    }
}

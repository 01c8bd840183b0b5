package org.derkit.rules.book;

import java.util.Objects;
import java.util.Optional;
import org.derkit.model.application.LifecycleState;

/**
 * An interconnection application was asked to move between two lifecycle states out of the order
 * of POL-10. The message names both states and the one allowed next state, such as
 * {@code Invalid lifecycle transition (valid values APPLICATION -> INTERCONNECTION_STUDY):
 * APPLICATION -> COST_ESTIMATE}.
 */
public final class LifecycleTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient LifecycleState from;
    private final transient LifecycleState to;

    /**
     * An exception for a refused transition.
     *
     * @param from the start of the range
     * @param to the end of the range
     */
    public LifecycleTransitionException(LifecycleState from, LifecycleState to) {
        super(message(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to")));
        this.from = from;
        this.to = to;
    }

    private static String message(LifecycleState from, LifecycleState to) {
        String valid = ApplicationLifecycle.next(from)
                .map(n -> from + " -> " + n)
                .orElse("none: " + from + " is the last state");
        return "Invalid lifecycle transition (valid values " + valid + "): " + from + " -> " + to;
    }

    /** {@return the state the application is in} */
    public LifecycleState from() {
        return from;
    }

    /** {@return the state it was asked to move to} */
    public LifecycleState to() {
        return to;
    }

    /** {@return the state it may move to, or empty after permission to operate} */
    public Optional<LifecycleState> allowed() {
        return ApplicationLifecycle.next(from);
    }
}

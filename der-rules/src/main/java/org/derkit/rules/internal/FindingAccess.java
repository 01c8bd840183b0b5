package org.derkit.rules.internal;

import org.derkit.rules.Finding;
import org.derkit.rules.Outcome;

/**
 * Lets the engine create {@link Finding}s, whose constructor is not public, without exposing a
 * factory to users (the JDK's "shared secrets" pattern): {@code Finding} installs the one instance
 * when its class is initialised.
 */
public abstract class FindingAccess {

    private static volatile FindingAccess instance;

    /** Called once by {@code Finding}'s static initialiser. */
    public static void install(FindingAccess access) {
        if (instance != null) {
            throw new IllegalStateException("FindingAccess is already installed");
        }
        instance = access;
    }

    /** The installed access, initialising {@code Finding} first if needed. */
    public static FindingAccess get() {
        FindingAccess a = instance;
        if (a == null) {
            try {
                Class.forName(Finding.class.getName(), true, Finding.class.getClassLoader());
            } catch (ClassNotFoundException impossible) {
                throw new IllegalStateException(impossible);
            }
            a = instance;
        }
        return a;
    }

    /** Creates a finding. */
    public abstract Finding create(Explainer explainer, Outcome outcome, String value, Object[] measured,
            Object result, int detail);

    /** The raw measured values of a finding (not copied: do not modify). */
    public abstract Object[] measured(Finding finding);

    /** The raw result of a finding (a computation's value or a decision), or null. */
    public abstract Object result(Finding finding);
}

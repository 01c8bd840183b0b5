package org.derkit.rules;

/** The fixed seed of every property test (surefire passes QT_SEED). */
public final class QtSupport {

    /** {@code QT_SEED} or 20240415. */
    public static final long SEED = Long.getLong("QT_SEED", 20240415L);

    private QtSupport() {
    }
}

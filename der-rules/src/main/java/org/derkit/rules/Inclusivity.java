package org.derkit.rules;

/**
 * Whether a limit's own value satisfies it. "At least", "or greater", "up to", "no less than" are
 * inclusive; "greater than", "exceeds", "less than", "under" are exclusive.
 */
public enum Inclusivity {
    /** The limit value itself satisfies the limit. */
    INCLUSIVE,
    /** The limit value itself does not satisfy the limit. */
    EXCLUSIVE;

    /** {@code inclusive} or {@code exclusive}. */
    @Override
    public String toString() {
        return this == INCLUSIVE ? "inclusive" : "exclusive";
    }
}

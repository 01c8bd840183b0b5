package org.derkit.model.facility;

import org.derkit.model.InvalidValueException;

/** The number of phases of an interconnection or a piece of equipment. */
public enum Phases {
    /** Single-phase. */
    SINGLE(1),
    /** Three-phase. */
    THREE(3);

    private final int count;

    Phases(int count) {
        this.count = count;
    }

    /** {@return 1 or 3} */
    public int count() {
        return count;
    }

    /**
     * {@return the value for a phase count}
     *
     * @param count the number of phases: 1 or 3
     * @throws InvalidValueException unless the count is 1 or 3
     */
    public static Phases of(int count) {
        if (count == 1) {
            return SINGLE;
        }
        if (count == 3) {
            return THREE;
        }
        throw new InvalidValueException("phases", "1 or 3", count);
    }
}

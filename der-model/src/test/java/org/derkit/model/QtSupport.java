package org.derkit.model;

import java.util.SplittableRandom;
import org.derkit.model.generator.Generator;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** Shared QuickTheories settings and the adapter from derkit generators to {@code Gen}. */
public final class QtSupport {

    /** The fixed seed: from the build (-Dqt.seed) or the project default. */
    public static final long SEED = Long.getLong("QT_SEED", 20240415L);

    private QtSupport() {
    }

    /** A QuickTheories generator that draws from a derkit generator, seeded by QuickTheories. */
    public static <T> Gen<T> gen(Generator<T> generator) {
        return in -> generator.next(new SplittableRandom(in.next(Constraint.between(0, Long.MAX_VALUE))));
    }

}

package org.derkit.rules.generator;

import java.util.random.RandomGenerator;

/**
 * A random generator whose every draw is fixed, to drive a {@link LimitSampler} to one end of each
 * choice: coins land {@code heads}, bounded draws give their lowest value (their highest when
 * {@code high}), doubles give {@code fraction}.
 *
 * @param heads what every coin shows
 * @param high whether bounded draws give their highest value rather than their lowest
 * @param fraction every double drawn, in [0, 1)
 */
public record FixedDraws(boolean heads, boolean high, double fraction) implements RandomGenerator {

    @Override
    public long nextLong() {
        return high ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    @Override
    public boolean nextBoolean() {
        return heads;
    }

    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound " + bound);
        }
        return high ? bound - 1 : 0;
    }

    @Override
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound " + bound);
        }
        return high ? bound - 1 : 0;
    }

    @Override
    public double nextDouble() {
        return fraction;
    }
}

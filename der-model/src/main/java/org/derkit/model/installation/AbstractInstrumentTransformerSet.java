package org.derkit.model.installation;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One set of CTs and PTs at one location, such as the main PV disconnect (BTM-06, BTM-19,
 * BTM-22).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractInstrumentTransformerSet {

    /** {@return where the set is, in the one-line's words} */
    public abstract Optional<String> location();

    /** {@return its current transformers} */
    public abstract List<CurrentTransformer> currentTransformers();

    /** {@return its potential transformers} */
    public abstract List<PotentialTransformer> potentialTransformers();

    /** {@return whether it sits in an outdoor customer enclosure (disconnect enclosure, AC combiner)} */
    public abstract Optional<Boolean> outdoorCustomerEnclosure();

    /** {@return whether all generation is captured at this location} */
    public abstract Optional<Boolean> capturesAllGeneration();

    /** {@return whether it is on the utility supply side of a main overcurrent protective device} */
    public abstract Optional<Boolean> supplySideOfMainOvercurrentDevice();
}

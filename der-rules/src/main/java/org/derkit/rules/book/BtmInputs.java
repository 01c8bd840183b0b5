package org.derkit.rules.book;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads one value out of many instrument transformers or sets for the BTM rules: the first value
 * that breaks the requirement if there is one, so that a finding shows the offending value.
 */
final class BtmInputs {

    private BtmInputs() {
    }

    /**
     * The first value that fails {@code ok}; otherwise empty if any value is unknown (or there are
     * no items), else the first value.
     */
    static <T, V> Optional<V> worst(List<T> items, Function<? super T, Optional<V>> value, Predicate<? super V> ok) {
        V first = null;
        boolean unknown = items.isEmpty();
        for (T item : items) {
            Optional<V> v = value.apply(item);
            if (v.isEmpty()) {
                unknown = true;
            } else if (!ok.test(v.get())) {
                return v;
            } else if (first == null) {
                first = v.get();
            }
        }
        return unknown ? Optional.empty() : Optional.of(first);
    }

    /** True when every item is true, false when one is false, empty when unknown (or no items). */
    static <T> Optional<Boolean> all(List<T> items, Function<? super T, Optional<Boolean>> flag) {
        return worst(items, flag, Boolean::booleanValue);
    }

    /** True when one item is true, false when every item is false, empty otherwise (or no items). */
    static <T> Optional<Boolean> any(List<T> items, Function<? super T, Optional<Boolean>> flag) {
        Optional<Boolean> noneTrue = worst(items, t -> flag.apply(t).map(b -> !b), Boolean::booleanValue);
        return noneTrue.map(b -> !b);
    }
}

package org.derkit.model.installation;

import java.util.Optional;
import org.derkit.model.Length;
import org.derkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * How the BTM metering cabinet is mounted (BTM-26, BTM-30).
 *
 * <p>Implementation Requirements: immutable and thread-safe; a value type.
 */
@Value.Immutable
abstract class AbstractMounting {

    /** Wall or H-frame. */
    public abstract Optional<MountingType> type();

    /** Material of the H-frame posts. */
    public abstract Optional<FrameMaterial> postMaterial();

    /** Trade size of the H-frame posts (3 inch). */
    public abstract Optional<Length> postSize();

    /** Whether the posts are set in concrete. */
    public abstract Optional<Boolean> postsSetInConcrete();

    /** Material of the horizontal members. */
    public abstract Optional<FrameMaterial> horizontalMaterial();

    /** Height of the cabinet's center above final grade (66 inches). */
    public abstract Optional<Length> cabinetCenterHeight();

    @Value.Check
    protected void check() {
        Checks.positive("postSize", postSize());
        Checks.nonNegative("cabinetCenterHeight", cabinetCenterHeight());
    }
}

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

    /** {@return wall or H-frame} */
    public abstract Optional<MountingType> type();

    /** {@return material of the H-frame posts} */
    public abstract Optional<FrameMaterial> postMaterial();

    /** {@return trade size of the H-frame posts (3 inch)} */
    public abstract Optional<Length> postSize();

    /** {@return whether the posts are set in concrete} */
    public abstract Optional<Boolean> postsSetInConcrete();

    /** {@return material of the horizontal members} */
    public abstract Optional<FrameMaterial> horizontalMaterial();

    /** {@return height of the cabinet's center above final grade (66 inches)} */
    public abstract Optional<Length> cabinetCenterHeight();

    /**
     * Refuses a zero or negative {@code postSize}; a negative {@code cabinetCenterHeight}. The
     * builder calls it; callers never need to.
     *
     * @throws org.derkit.model.InvalidValueException naming the field, the values it accepts and
     * the value given
     */
    @Value.Check
    protected void check() {
        Checks.positive("postSize", postSize());
        Checks.nonNegative("cabinetCenterHeight", cabinetCenterHeight());
    }
}

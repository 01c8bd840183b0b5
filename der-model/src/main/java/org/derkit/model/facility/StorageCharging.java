package org.derkit.model.facility;

/** Where an energy storage system charges from (POL-12, Table 2). */
public enum StorageCharging {
    /** Only from the appropriate on-site source (type 1). */
    SOURCE,
    /** From the source and from the grid (type 2). */
    SOURCE_AND_GRID,
    /** From the grid only (type 3). */
    GRID
}

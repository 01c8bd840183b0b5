package org.derkit.model.facility;

/**
 * The fuel or energy source of a generating unit, as an application states it (POL-08), with
 * whether Illinois counts it as renewable for net metering (POL-03).
 */
public enum EnergySource {
    /** Photovoltaic solar. */
    SOLAR(true),
    /** Wind. */
    WIND(true),
    /** Hydroelectric. */
    HYDRO(true),
    /** Biomass. */
    BIOMASS(true),
    /** Biogas, landfill gas or anaerobic digestion. */
    BIOGAS(true),
    /** Geothermal. */
    GEOTHERMAL(true),
    /** Natural gas engine or turbine. */
    NATURAL_GAS(false),
    /** Diesel engine. */
    DIESEL(false),
    /** Combined heat and power. */
    COMBINED_HEAT_AND_POWER(false),
    /** Fuel cell. */
    FUEL_CELL(false),
    /** Energy storage charged from a source or the grid. */
    ENERGY_STORAGE(false),
    /** Any other source. */
    OTHER(false);

    private final boolean renewable;

    EnergySource(boolean renewable) {
        this.renewable = renewable;
    }

    /** {@return whether the source is renewable} */
    public boolean isRenewable() {
        return renewable;
    }
}

package org.derkit.model.facility;

/** How storage is coupled to a generating source (POL-41). */
public enum Coupling {
    /** AC coupled: its own inverter on the AC side. */
    AC,
    /** DC coupled: shares the source's inverter on the DC side. */
    DC
}

package org.derkit.model.installation;

/** What a current transformer's secondary delivers (BTM-14). */
public enum SecondaryOutput {
    /** A current (5 A nominal for Ameren). */
    CURRENT,
    /** A voltage (not allowed for Ameren production metering). */
    VOLTAGE
}

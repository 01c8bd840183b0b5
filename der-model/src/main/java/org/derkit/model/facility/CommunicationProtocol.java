package org.derkit.model.facility;

/** Communication protocols a smart inverter may offer (INV-07, Table 2). */
public enum CommunicationProtocol {
    /** IEEE 1815 (DNP3) over TCP/IP on Ethernet. */
    IEEE_1815_DNP3_TCP,
    /** SunSpec Modbus over TCP/IP on Ethernet. */
    SUNSPEC_MODBUS_TCP,
    /** SunSpec Modbus on RS-485. */
    SUNSPEC_MODBUS_RS485,
    /** IEEE 2030.5 (SEP 2.0) over TCP/IP on Ethernet. */
    IEEE_2030_5_TCP,
    /** Any other protocol (not one of the accepted ones). */
    OTHER
}

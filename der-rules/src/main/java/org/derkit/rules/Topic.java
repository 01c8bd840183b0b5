package org.derkit.rules;

/**
 * The subject area a rule belongs to; the book has one rule set per topic, and one class per topic
 * in {@code org.derkit.rules.book}.
 */
public enum Topic {
    /** Application forms, documents, levels, fees, eligibility and the process. */
    APPLICATION,
    /** BTM production metering: when a production meter is required and what it needs. */
    BTM_METERING,
    /** Current and potential transformers: ratios, rating factors, accuracy, polarity. */
    INSTRUMENT_TRANSFORMERS,
    /** Metering installation: enclosures, spacing, working space, wiring, conduit, labels. */
    INSTALLATION,
    /** System impact limits and screens: thermal, voltage, single-phase, Part 466 screens. */
    SYSTEM_LIMITS,
    /** SCADA requirements. */
    SCADA,
    /** Direct transfer trip. */
    DTT,
    /** Construction: disconnects, fault isolation, transformers, grounding, rights of way. */
    CONSTRUCTION,
    /** Smart inverter settings, certifications, ride-through, volt-var, ramp rates. */
    SMART_INVERTER,
    /** Energy storage configuration and metering. */
    STORAGE,
    /** Cost estimates. */
    COSTS,
    /** Witness test and permission to operate. */
    WITNESS_TEST_PTO,
    /** Retail supplier enrollment, billing options and usage data. */
    RETAIL_ENROLLMENT_BILLING
}

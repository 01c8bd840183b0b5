package org.derkit.rules.book;

/**
 * The typical system modifications and interconnection facilities whose indicative costs the DER
 * Interconnection Policy lists in sections 6.1 to 6.11 (POL-40), each with its section, what the
 * quantity counts and its range. The policy gives the figures "for informational purposes only";
 * site conditions make actual estimates differ.
 */
public enum CostItem {
    /** 6.1 Voltage regulator bank with reverse flow: controller and SCADA, $15,000-$25,000 each. */
    VOLTAGE_REGULATOR_BANK("6.1", "voltage regulator bank controller and SCADA for reverse flow", Unit.EACH,
            CostRange.between(15_000, 25_000)),
    /** 6.2 Substation load tap changer with reverse flow: $40,000-$50,000 each. */
    SUBSTATION_LTC("6.2", "substation LTC controller and SCADA for reverse flow", Unit.EACH,
            CostRange.between(40_000, 50_000)),
    /** 6.3 Pole-mounted hydraulic recloser replaced by an electronic one: $60,000-$100,000. */
    POLE_RECLOSER_REPLACEMENT("6.3", "pole-mounted hydraulic recloser replacement", Unit.EACH,
            CostRange.between(60_000, 100_000)),
    /** 6.3 Hydraulic recloser in a substation replaced: $150,000-$300,000. */
    SUBSTATION_RECLOSER_REPLACEMENT("6.3", "substation hydraulic recloser replacement", Unit.EACH,
            CostRange.between(150_000, 300_000)),
    /** 6.4 High-side surge arresters replaced: $40,000-$50,000. */
    HIGH_SIDE_SURGE_ARRESTERS("6.4", "high-side surge arrester replacement", Unit.EACH,
            CostRange.between(40_000, 50_000)),
    /** 6.4 Mobile substation during the arrester work, in addition: $60,000-$75,000. */
    MOBILE_SUBSTATION("6.4", "mobile substation during arrester replacement (additional)", Unit.EACH,
            CostRange.between(60_000, 75_000)),
    /** 6.5 Distribution (under 15 kV) reconductoring: $150,000-$400,000 per mile (could exceed it). */
    DISTRIBUTION_RECONDUCTOR("6.5", "distribution (<15 kV) reconductoring", Unit.PER_MILE,
            CostRange.between(150_000, 400_000)),
    /** 6.5 Sub-transmission (34.5/69 kV) reconductoring: $250,000-$1,000,000 per mile. */
    SUBTRANSMISSION_RECONDUCTOR("6.5", "sub-transmission reconductoring", Unit.PER_MILE,
            CostRange.between(250_000, 1_000_000)),
    /** 6.6 Three-phase line extension at 15 kV and below: $150,000-$300,000 per mile. */
    DISTRIBUTION_LINE_EXTENSION("6.6", "three-phase line extension, 15 kV and below", Unit.PER_MILE,
            CostRange.between(150_000, 300_000)),
    /** 6.6 Three-phase line extension at 34.5/69 kV: $750,000-$1,000,000 per mile. */
    SUBTRANSMISSION_LINE_EXTENSION("6.6", "three-phase line extension, 34.5/69 kV", Unit.PER_MILE,
            CostRange.between(750_000, 1_000_000)),
    /** 6.7 Service transformer replacement when DER output exceeds its nameplate: by quote ({@code 0.00..}). */
    SERVICE_TRANSFORMER_REPLACEMENT("6.7", "service transformer replacement (cost by quote)", Unit.EACH,
            CostRange.atLeast(0)),
    /** 6.8 DTT communications at the substation recloser, 15 kV and below: $20,000-$40,000. */
    DTT_COMMUNICATIONS_DISTRIBUTION("6.8", "DTT communications device, 15 kV and below (plus device replacement "
            + "if incompatible)", Unit.EACH, CostRange.between(20_000, 40_000)),
    /** 6.8 DTT communications at the substation breaker, above 15 kV: $25,000 or greater. */
    DTT_COMMUNICATIONS_ABOVE_15_KV("6.8", "DTT communications device, above 15 kV", Unit.EACH,
            CostRange.atLeast(25_000)),
    /** 6.9 Hot-bus-dead-line and sync-check reclosing, sub-transmission: $110,000 or greater. */
    RECLOSING_SUBTRANSMISSION("6.9", "hot-bus-dead-line and sync-check reclosing, sub-transmission", Unit.EACH,
            CostRange.atLeast(110_000)),
    /** 6.9 Hot-bus-dead-line and sync-check reclosing, distribution: likely not above $110,000. */
    RECLOSING_DISTRIBUTION("6.9", "hot-bus-dead-line and sync-check reclosing, distribution", Unit.EACH,
            CostRange.atMost(110_000)),
    /** 6.11.1 RLG on a distribution circuit, POI package: $95,000-$120,000. */
    RLG_DISTRIBUTION_POI("6.11.1", "RLG POI package at distribution voltage", Unit.EACH,
            CostRange.between(95_000, 120_000)),
    /** 6.11.2 RLG over 10 MW on networked sub-transmission, breaker station: $4,000,000-$6,000,000 and 2-3 acres. */
    RLG_BREAKER_STATION("6.11.2", "RLG breaker station, networked sub-transmission (plus 2-3 acres of land)",
            Unit.EACH, CostRange.between(4_000_000, 6_000_000)),
    /** 6.11.2 RLG over 10 MW on networked sub-transmission, new terminal position: $500,000-$750,000. */
    RLG_TERMINAL_POSITION("6.11.2", "RLG new terminal position, networked sub-transmission", Unit.EACH,
            CostRange.between(500_000, 750_000)),
    /** 6.11.3 RLG on radial-looped sub-transmission, or under 10 MW on networked: $300,000-$500,000. */
    RLG_SUBTRANSMISSION_TAP("6.11.3", "RLG sub-transmission tap with switches and recloser", Unit.EACH,
            CostRange.between(300_000, 500_000)),
    /** 6.11.4 BTM SCADA metering package: $7,000-$20,000. */
    BTM_SCADA_METERING("6.11.4", "BTM SCADA metering package", Unit.EACH, CostRange.between(7_000, 20_000));

    /** What the quantity of an item counts. */
    public enum Unit {
        /** Devices, banks or packages. */
        EACH,
        /** Miles of line. */
        PER_MILE
    }

    private final String section;
    private final String description;
    private final Unit unit;
    @SuppressWarnings("ImmutableEnumChecker") // CostRange is an immutable value
    private final CostRange range;

    CostItem(String section, String description, Unit unit, CostRange range) {
        this.section = section;
        this.description = description;
        this.unit = unit;
        this.range = range;
    }

    /** {@return the policy section, such as {@code 6.11.4}} */
    public String section() {
        return section;
    }

    /** {@return the item in words} */
    public String description() {
        return description;
    }

    /** {@return what the quantity counts} */
    public Unit unit() {
        return unit;
    }

    /** {@return the range for one unit} */
    public CostRange range() {
        return range;
    }
}

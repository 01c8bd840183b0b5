package org.derkit.model.application;

/** Supply methods an ESS rebate customer chooses (INV-02). */
public enum SupplyMethod {
    /** Real Time Pricing (DS-1, DS-2). */
    REAL_TIME_PRICING,
    /** PowerSmart Pricing (DS-1, DS-2). */
    POWER_SMART_PRICING,
    /** Peak Time Rewards (all rates). */
    PEAK_TIME_REWARDS,
    /** Hourly Supply Service (DS-3 to DS-6). */
    HOURLY_SUPPLY_SERVICE
}

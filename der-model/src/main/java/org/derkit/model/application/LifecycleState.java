package org.derkit.model.application;

/**
 * The stages of an interconnection request in the order the policy gives them (POL-10). The
 * state machine that refuses out-of-order transitions is in der-rules.
 */
public enum LifecycleState {
    /** The application is filed. */
    APPLICATION,
    /** Ameren studies the interconnection. */
    INTERCONNECTION_STUDY,
    /** Ameren estimates the cost of system modifications. */
    COST_ESTIMATE,
    /** The Interconnection Agreement is offered. */
    INTERCONNECTION_AGREEMENT,
    /** Charges are paid and the agreement is signed by both parties. */
    AGREEMENT_EXECUTED,
    /** Both parties build. */
    CONSTRUCTION,
    /** Ameren witnesses the commissioning test. */
    WITNESS_TEST,
    /** Ameren grants permission to operate. */
    PERMISSION_TO_OPERATE
}

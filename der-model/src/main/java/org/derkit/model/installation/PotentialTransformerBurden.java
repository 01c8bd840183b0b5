package org.derkit.model.installation;

/** Standard potential-transformer burden designations (ANSI C57.13), BTM-10. */
public enum PotentialTransformerBurden {
    /** 12.5 VA. */
    W,
    /** 25 VA. */
    X,
    /** 35 VA. */
    M,
    /** 75 VA. */
    Y,
    /** 200 VA. */
    Z,
    /** 400 VA. */
    ZZ
}

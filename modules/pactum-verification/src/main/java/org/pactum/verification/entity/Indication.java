package org.pactum.verification.entity;

/** The verdict on one signature (ETSI EN 319 102-1, 5.1.3). */
public enum Indication {
    TOTAL_PASSED,
    TOTAL_FAILED,
    INDETERMINATE
}

package org.pactum.domain.agreement;

/**
 * The gap-free sequences of registration serials, one per calendar year and kind of agreement. A serial drawn inside
 * a transaction that rolls back is given back, so the register never skips a number.
 */
public interface RegistrationCounters {

    /** The next serial of the sequence, from 1; the sequence stays locked until the caller's transaction ends. */
    long next(int year, AgreementKind kind);
}

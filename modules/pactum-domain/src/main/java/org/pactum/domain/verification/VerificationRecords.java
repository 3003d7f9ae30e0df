package org.pactum.domain.verification;

import java.util.Optional;

/** The verification reports given, kept for good. */
public interface VerificationRecords {

    void add(VerificationRecord record);

    Optional<VerificationRecord> find(String id);
}

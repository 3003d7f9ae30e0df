package org.pactum.domain.audit;

import java.util.Iterator;

/** Visits the stored chain once, in sequence order (see {@link AuditLog#walk}). */
public interface ChainWalker {

    /** Called first; the iterator reads seals lazily and is valid until the walk ends. */
    void seals(Iterator<AuditSeal> seals);

    /** Called for each event in sequence order; return false to stop. */
    boolean event(AuditEvent event);
}

package org.pactum.domain.agreement;

import java.util.Optional;

import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.query.ResultPage;

/** The registry of agreements. Written only by the registry's {@code AgreementRegistry}; everyone else reads. */
public interface Agreements {

    Optional<Agreement> find(long id);

    default Agreement get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Agreement", id));
    }

    ResultPage<Agreement> search(AgreementQuery query);

    /**
     * The same page as {@link #search}, without the wordings: what a list shows. Stores override it to read only
     * those columns.
     */
    default ResultPage<AgreementSummary> summaries(AgreementQuery query) {
        return search(query).map(AgreementSummary::of);
    }

    Agreement add(Agreement agreement);

    /** Next value of the reference-number counter; unique, and increasing. */
    long nextNumber();

    long count();

    /** Writes pending changes now, so versions are final before the change is announced. */
    void flush();
}

package org.pactum.web.revisions;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.agreement.Revision;
import org.pactum.drafting.boundary.Drafting;
import org.pactum.web.agreement.AgreementBacking;
import org.pactum.web.agreement.AgreementDetails;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.People;

/**
 * The agreement page's revision history, newest first, and the two revisions its comparison form proposes: the
 * latest and the one before, since "what changed last" is what a reader usually wants to know.
 */
@Named
@RequestScoped
public class RevisionsBacking {

    @Inject
    AgreementBacking agreementPage;

    @Inject
    Drafting drafting;

    @Inject
    DateDisplay dates;

    @Inject
    People people;

    private List<RevisionLine> revisions;

    public List<RevisionLine> getRevisions() {
        if (revisions == null) {
            AgreementDetails agreement = agreementPage.getAgreement();
            if (agreement == null) {
                revisions = List.of();
            } else {
                List<Revision> saved = drafting.revisions(agreement.id());
                int current = saved.isEmpty() ? 0 : saved.getLast().number();
                revisions = saved.reversed().stream()
                        .map(revision -> RevisionLine.of(revision, current, dates, people::nameOf)).toList();
            }
        }
        return revisions;
    }

    public boolean isComparable() {
        return getRevisions().size() > 1;
    }

    /** The revision the comparison starts from unless the reader picks another: the one before the latest. */
    public int getProposedFrom() {
        return isComparable() ? getRevisions().get(1).number() : 0;
    }

    public int getProposedTo() {
        return getRevisions().isEmpty() ? 0 : getRevisions().getFirst().number();
    }
}

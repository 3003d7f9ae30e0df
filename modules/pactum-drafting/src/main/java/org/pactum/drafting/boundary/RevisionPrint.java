package org.pactum.drafting.boundary;

import org.pactum.domain.agreement.Revision;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.entity.AgreementParticulars;

/**
 * What an earlier revision of an agreement prints: its particulars (number, title, signatories as they were then) and
 * its wording with the placeholders filled from them.
 */
public record RevisionPrint(Revision revision, AgreementParticulars particulars, Wording wording) {
}

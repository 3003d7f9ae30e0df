package org.pactum.web.publicverification;

import org.pactum.web.verification.page.Verdict;

/**
 * A signature as the public page shows it: the party it signed for (empty when the document is not this agreement's),
 * the signer's name from the certificate, when, and its verdict. Nothing more is shown to someone without an account.
 */
public record PublicSigner(String party, String signer, String signedAt, Verdict verdict) {
}

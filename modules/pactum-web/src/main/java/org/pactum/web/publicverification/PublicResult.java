package org.pactum.web.publicverification;

import java.util.List;

import org.pactum.web.verification.page.Verdict;

/**
 * A verdict for the public page: the document's overall indication and its signers; {@code relation} says how the
 * document stands to the one the link refers to ({@link CopyRelation}).
 */
public record PublicResult(String indication, List<PublicSigner> signers, CopyRelation relation) {

    public PublicResult {
        signers = List.copyOf(signers);
    }

    public Verdict verdict() {
        return Verdict.of(indication);
    }
}

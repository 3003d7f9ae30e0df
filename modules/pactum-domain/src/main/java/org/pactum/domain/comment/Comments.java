package org.pactum.domain.comment;

import java.util.List;
import java.util.Optional;

import org.pactum.domain.error.NotFoundException;

/** The comments on agreements. */
public interface Comments {

    Comment add(Comment comment);

    Optional<Comment> find(long id);

    default Comment get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Comment", id));
    }

    /** All comments on the agreement, oldest first, so threads read in the order they were written. */
    List<Comment> onAgreement(long agreementId);

    void flush();
}

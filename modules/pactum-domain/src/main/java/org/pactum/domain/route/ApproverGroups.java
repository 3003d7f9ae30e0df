package org.pactum.domain.route;

import java.util.List;
import java.util.Optional;

/** The groups stages may ask. */
public interface ApproverGroups {

    ApproverGroup add(ApproverGroup group);

    Optional<ApproverGroup> find(String code);

    List<ApproverGroup> all();
}

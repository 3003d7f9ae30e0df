package org.pactum.domain.route;

import java.util.Set;

/** Who an approver stands for now; asked when a stage opens, so a group's members are those of that day. */
@FunctionalInterface
public interface ApproverDirectory {

    /** The active accounts: the user itself if active, or a group's active members; empty when there are none. */
    Set<String> accountsOf(Approver approver);
}

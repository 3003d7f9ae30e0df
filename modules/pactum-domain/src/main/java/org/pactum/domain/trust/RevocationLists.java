package org.pactum.domain.trust;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The revocation lists administrators added under the trust anchors. */
public interface RevocationLists {

    RevocationList add(RevocationList list);

    /** Every list, oldest first. */
    List<RevocationList> all();

    /** The lists added under one anchor, oldest first. */
    List<RevocationList> of(long anchorId);

    /** Removes the lists added under one anchor, when the anchor goes. */
    void removeAll(long anchorId);

    /** For each issuer, the list with the latest thisUpdate: the one that says what is revoked now. */
    default List<RevocationList> latestPerIssuer() {
        return all().stream()
                .collect(Collectors.toMap(RevocationList::issuer, Function.identity(),
                        (one, other) -> other.thisUpdate().isAfter(one.thisUpdate()) ? other : one))
                .values().stream()
                .sorted(Comparator.comparing(RevocationList::issuer))
                .toList();
    }
}

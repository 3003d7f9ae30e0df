package org.pactum.verification.entity;

import java.util.List;
import java.util.Objects;

/**
 * What the revisions after one signature changed, and whether that signature's certification and field locks allow it.
 *
 * @param level                   the most far-reaching change found
 * @param changedObjects          each added, changed or removed object with its role, e.g. {@code 12 0 obj (Page 2 /Contents): changed}
 * @param changedPages            the pages (from 1) whose dictionary, content or annotations changed
 * @param allowedByCertification  whether the changes stay within what the document's DocMDP permission and locks allow
 * @param docMdpPermission        the permission in force for this signature, e.g. {@code P=2}, or {@code none}
 * @param reasons                 why the changes are not allowed, in words (locked fields named, a misplaced
 *                                certification, what goes beyond the permission); empty when they are allowed
 */
public record Modification(ModificationLevel level, List<String> changedObjects, List<Integer> changedPages,
                           boolean allowedByCertification, String docMdpPermission, List<String> reasons) {

    public Modification {
        Objects.requireNonNull(level, "level");
        changedObjects = List.copyOf(changedObjects);
        changedPages = List.copyOf(changedPages);
        Objects.requireNonNull(docMdpPermission, "docMdpPermission");
        reasons = List.copyOf(reasons);
    }

    /** Without reasons, as before they were given. */
    public Modification(ModificationLevel level, List<String> changedObjects, List<Integer> changedPages,
                        boolean allowedByCertification, String docMdpPermission) {
        this(level, changedObjects, changedPages, allowedByCertification, docMdpPermission, List.of());
    }
}

package org.pactum.drafting.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.pactum.domain.text.Wording;

/**
 * A late save merged cell by cell with what was saved meanwhile. Where only one side changed a cell, that side's value
 * is taken; where both changed it alike, that value; where both changed it differently, the cell is a conflict and
 * holds the late editor's value, so nothing they typed is lost and the conflict report says what the others did.
 *
 * @param fields       the fields as merged, by {@link Cell} name ({@code title.kk}, {@code parties} as directory ids, …)
 * @param wording      the wording as merged
 * @param origins      the cells whose value is one side's change, by {@link Cell} name; cells nobody changed, or
 *                     both changed alike, are not listed
 * @param conflicts    the cells both sides changed differently, by {@link Cell} name, in the order of the draft
 * @param theirEditors who saved the revisions after the one the late editor started from
 */
public record MergedEdit(SortedMap<String, String> fields, Wording wording, Map<String, Origin> origins, List<String> conflicts,
                         Set<String> theirEditors) {

    public MergedEdit {
        fields = new TreeMap<>(fields);
        origins = Map.copyOf(origins);
        conflicts = List.copyOf(conflicts);
        theirEditors = Set.copyOf(theirEditors);
    }

    /** Whether the two edits do not overlap: the merged draft can be saved as it is. */
    public boolean isClean() {
        return conflicts.isEmpty();
    }

    public Optional<Origin> originOf(String cell) {
        return Optional.ofNullable(origins.get(cell));
    }

    /** Whether everything saved meanwhile was saved by the same person, in another tab or window. */
    public boolean isFromAnotherTabOf(String editor) {
        return theirEditors.equals(Set.of(editor));
    }

    /** The cells that came from one side, by name. */
    public List<String> cellsFrom(Origin side) {
        return origins.entrySet().stream().filter(entry -> entry.getValue() == side).map(Map.Entry::getKey).sorted().toList();
    }
}

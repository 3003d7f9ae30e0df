package org.pactum.web.library;

import java.time.Instant;
import java.util.List;

import org.pactum.domain.language.Language;
import org.pactum.domain.template.ClauseLibrary;
import org.pactum.drafting.boundary.StandardClauses;
import org.pactum.web.json.LocalizedJson;
import org.pactum.web.json.WordingJson;

/** One version of the clause library: the standard articles a draft may take in, each with its stable key. */
public record ClauseLibraryJson(int version, List<String> languages, List<WordingJson.ClauseJson> clauses, String savedBy,
                                Instant savedAt, String contentHash) {

    static ClauseLibraryJson of(ClauseLibrary library) {
        return new ClauseLibraryJson(library.version(), library.languages().stream().map(Language::code).toList(),
                library.clauses().stream().map(clause -> new WordingJson.ClauseJson(clause.key(),
                        LocalizedJson.of(clause.heading()), LocalizedJson.of(clause.text()))).toList(),
                library.savedBy(), library.savedAt(), StandardClauses.contentHash(library));
    }
}

package org.pactum.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.template.ClauseLibraries;
import org.pactum.domain.template.ClauseLibrary;

/** Clause library versions in clause_library_version, through native SQL: a record cannot be a JPA entity. */
@ApplicationScoped
public class JpaClauseLibraries implements ClauseLibraries {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public Optional<ClauseLibrary> latest() {
        return read(ClauseLibraryRows.LATEST).stream().findFirst();
    }

    @Override
    public Optional<ClauseLibrary> find(int version) {
        return read(ClauseLibraryRows.ONE, version).stream().findFirst();
    }

    @Override
    public List<ClauseLibrary> versions() {
        return read(ClauseLibraryRows.VERSIONS);
    }

    /** @throws DuplicateException if the version is stored already; the primary key refuses a concurrent one */
    @Override
    public ClauseLibrary add(ClauseLibrary library) {
        if (NativeSql.exists(em, ClauseLibraryRows.EXISTS, library.version())) {
            throw new DuplicateException("Clause library version", library.version());
        }
        NativeSql.update(em, ClauseLibraryRows.INSERT, ClauseLibraryRows.values(library));
        return library;
    }

    private List<ClauseLibrary> read(String sql, Object... parameters) {
        return NativeSql.rows(em, sql, parameters).stream().map(ClauseLibraryRows::library).toList();
    }
}

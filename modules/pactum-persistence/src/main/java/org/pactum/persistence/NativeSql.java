package org.pactum.persistence;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** Runs portable SQL with positional parameters as native queries on a persistence context, in its transaction. */
final class NativeSql {

    private NativeSql() {
    }

    /** For statements that select two columns or more: JPA hands a single column back without its row array. */
    static List<NativeRow> rows(EntityManager em, String sql, Object... parameters) {
        List<?> rows = bind(em.createNativeQuery(sql), List.of(parameters)).getResultList();
        return rows.stream().map(row -> new NativeRow((Object[]) row)).toList();
    }

    static boolean exists(EntityManager em, String sql, Object... parameters) {
        return !bind(em.createNativeQuery(sql), List.of(parameters)).getResultList().isEmpty();
    }

    static int update(EntityManager em, String sql, List<Object> parameters) {
        return bind(em.createNativeQuery(sql), parameters).executeUpdate();
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}

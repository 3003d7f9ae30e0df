package org.pactum.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2 trigger on the tables whose rows are a record never to be rewritten (the audit trail, agreement revisions,
 * template versions): every UPDATE and DELETE fails, whoever issues it. See V3 and V6 in db/migration/h2.
 */
public class AppendOnly implements Trigger {

    private String table;

    @Override
    public void init(Connection connection, String schema, String trigger, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("rows of " + table + " are append-only: changing or deleting them is refused", "23513");
    }
}

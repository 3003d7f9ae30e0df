package org.pactum.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** H2 trigger on the audit tables: every UPDATE and DELETE fails, whoever issues it (see V3__audit_append_only.sql). */
public class AppendOnly implements Trigger {

    private String table;

    @Override
    public void init(Connection connection, String schema, String trigger, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("the audit trail is append-only: changing or deleting rows of " + table + " is refused", "23513");
    }
}

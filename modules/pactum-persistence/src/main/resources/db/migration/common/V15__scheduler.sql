-- Pactum schema, version 15: approval deadlines and notifications. Portable SQL for H2 2.x and PostgreSQL 15+.
--
-- scheduled_tasks is db-scheduler's table, with the columns and indexes its documentation gives for PostgreSQL
-- (db-scheduler 16.x). Keys and names are VARCHAR instead of TEXT, since H2 reads TEXT as a CLOB, which cannot be a
-- key; BYTEA is binary on both. Each row is one pending reminder or escalation of an approval task
-- (task_name route-reminder or route-escalation, task_instance the approval task's id); a node that runs one marks it
-- picked under the row's version, so two nodes never run it both. The table belongs to the library: Pactum's code
-- reads and writes it only through db-scheduler.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100)             NOT NULL,
    task_instance        VARCHAR(100)             NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            VARCHAR(200),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- What the application tells one person: a task that waits for them, a reminder, an escalation, how their
-- agreement's route ended. The text is a key with its parameters (JSON, names to strings), so each reader sees it in
-- their own language. No foreign key to user_account, as approver_group_member.
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notification (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    recipient    VARCHAR(64)              NOT NULL,
    agreement_id BIGINT                   REFERENCES agreement (id),
    kind         VARCHAR(32)              NOT NULL,
    text_key     VARCHAR(100)             NOT NULL,
    parameters   TEXT                     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL
);
CREATE INDEX notification_recipient_idx ON notification (recipient, created_at);

-- Pactum schema, version 14: approval routes — the routes an administration sets up, the groups of approvers and
-- absences they name, and each agreement's route with its tasks (one row per person, stage and round, with the
-- decision and the revision it was taken on). Portable SQL for H2 2.x and PostgreSQL 15+.
-- stages: the route's stages as one JSON document (StagesCodec); kinds, default_for: agreement kinds, commas between.

CREATE TABLE route_template (
    code               VARCHAR(64)   NOT NULL PRIMARY KEY,
    name_ru            VARCHAR(1000),
    name_kk            VARCHAR(1000),
    name_en            VARCHAR(1000),
    stages             TEXT          NOT NULL,
    resubmission       VARCHAR(16)   NOT NULL,
    open_threads_block BOOLEAN       NOT NULL,
    kinds              VARCHAR(400)  NOT NULL,
    default_for        VARCHAR(400)  NOT NULL,
    version            BIGINT        NOT NULL
);

-- No foreign key to user_account: approvers may later come from a directory (LDAP) rather than local accounts.
CREATE TABLE approver_group (
    code    VARCHAR(64) NOT NULL PRIMARY KEY,
    name_ru VARCHAR(1000),
    name_kk VARCHAR(1000),
    name_en VARCHAR(1000),
    version BIGINT      NOT NULL
);

CREATE TABLE approver_group_member (
    group_code VARCHAR(64) NOT NULL REFERENCES approver_group (code),
    account    VARCHAR(64) NOT NULL,
    PRIMARY KEY (group_code, account)
);

CREATE SEQUENCE approver_absence_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE approver_absence (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    account     VARCHAR(64)              NOT NULL,
    deputy      VARCHAR(64)              NOT NULL,
    first_day   DATE                     NOT NULL,
    last_day    DATE                     NOT NULL,
    recorded_by VARCHAR(64)              NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX approver_absence_deputy_idx ON approver_absence (deputy);

-- One route per agreement, kept across its rounds; the unique key refuses a second route started by a racing submit.
CREATE SEQUENCE approval_route_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE approval_route (
    id                 BIGINT                   NOT NULL PRIMARY KEY,
    agreement_id       BIGINT                   NOT NULL UNIQUE REFERENCES agreement (id),
    author             VARCHAR(64)              NOT NULL,
    route_code         VARCHAR(64)              NOT NULL,
    route_name_ru      VARCHAR(1000),
    route_name_kk      VARCHAR(1000),
    route_name_en      VARCHAR(1000),
    stages             TEXT                     NOT NULL,
    resubmission       VARCHAR(16)              NOT NULL,
    open_threads_block BOOLEAN                  NOT NULL,
    state              VARCHAR(16)              NOT NULL,
    current_stage      INTEGER                  NOT NULL,
    current_assigned   INTEGER                  NOT NULL,
    round_number       INTEGER                  NOT NULL,
    revision_number    INTEGER                  NOT NULL,
    content_hash       CHAR(64)                 NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at        TIMESTAMP WITH TIME ZONE,
    version            BIGINT                   NOT NULL
);

-- route_id is written right after the row (a unidirectional list), hence nullable.
CREATE SEQUENCE approval_task_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE approval_task (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    route_id        BIGINT                   REFERENCES approval_route (id),
    stage           INTEGER                  NOT NULL,
    round_number    INTEGER                  NOT NULL,
    assignee        VARCHAR(64)              NOT NULL,
    on_behalf_of    VARCHAR(64),
    state           VARCHAR(16)              NOT NULL,
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    due             TIMESTAMP WITH TIME ZONE,
    reminded_at     TIMESTAMP WITH TIME ZONE,
    escalated_at    TIMESTAMP WITH TIME ZONE,
    decided_by      VARCHAR(64),
    remark          VARCHAR(2000),
    revision_number INTEGER,
    content_hash    CHAR(64),
    decided_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX approval_task_route_idx ON approval_task (route_id);
CREATE INDEX approval_task_pending_idx ON approval_task (assignee, state);
CREATE INDEX approval_task_due_idx ON approval_task (state, due);

-- Trust: the CA certificates administrators trust (usually national roots) and the revocation lists added under them.
-- Portable SQL for H2 2.x and PostgreSQL 15+: BYTEA is binary on both (H2 reads it as BINARY VARYING).
CREATE SEQUENCE trust_anchor_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE trust_anchor (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    certificate BYTEA                    NOT NULL,
    subject     VARCHAR(2000)            NOT NULL,
    sha256      CHAR(64)                 NOT NULL UNIQUE,
    not_before  TIMESTAMP WITH TIME ZONE NOT NULL,
    not_after   TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by    VARCHAR(64)              NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL
);

CREATE SEQUENCE revocation_list_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE revocation_list (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    anchor_id   BIGINT                   NOT NULL REFERENCES trust_anchor (id) ON DELETE CASCADE,
    issuer      VARCHAR(2000)            NOT NULL,
    crl         BYTEA                    NOT NULL,
    this_update TIMESTAMP WITH TIME ZONE NOT NULL,
    next_update TIMESTAMP WITH TIME ZONE,
    added_by    VARCHAR(64)              NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL
);
CREATE INDEX revocation_list_anchor_idx ON revocation_list (anchor_id);

-- Pactum schema, version 2: the audit trail (docs/audit.md). Events and seals are only ever inserted;
-- V3 (per database) makes the database refuse updates and deletes as well.

CREATE TABLE audit_event (
    sequence          BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    actor             VARCHAR(64)              NOT NULL,
    actor_roles       VARCHAR(200)             NOT NULL,
    action            VARCHAR(60)              NOT NULL,
    agreement_id      BIGINT,
    agreement_version BIGINT,
    content_hash      VARCHAR(64),
    details           VARCHAR(20000)           NOT NULL,
    client_address    VARCHAR(100),
    previous_hash     VARCHAR(64)              NOT NULL,
    hash              VARCHAR(64)              NOT NULL
);
CREATE INDEX audit_event_agreement_idx ON audit_event (agreement_id, sequence);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, sequence);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);

CREATE TABLE audit_seal (
    sequence  BIGINT                   NOT NULL PRIMARY KEY,
    head_hash VARCHAR(64)              NOT NULL,
    sealed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id    VARCHAR(64)              NOT NULL,
    algorithm VARCHAR(40)              NOT NULL,
    signature VARCHAR(400)             NOT NULL,
    -- base64 RFC 3161 token over SHA-256 of the signature, once a time-stamping authority is configured
    timestamp_token VARCHAR(12000)
);

-- One row: the end of the chain. Writers lock it, which serialises appends and keeps sequences gap-free.
CREATE TABLE audit_chain_head (
    id                   BIGINT      NOT NULL PRIMARY KEY,
    last_sequence        BIGINT      NOT NULL,
    last_hash            VARCHAR(64) NOT NULL,
    last_sealed_sequence BIGINT      NOT NULL
);
INSERT INTO audit_chain_head (id, last_sequence, last_hash, last_sealed_sequence)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);

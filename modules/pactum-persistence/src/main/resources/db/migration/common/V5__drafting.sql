-- Pactum schema, version 5: drafting — an agreement's wording, its saved revisions, comments on them, and stored
-- template versions. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+. TEXT is unbounded text on both
-- (H2 2.x reads it as CHARACTER VARYING, up to 10^9 characters), so no CLOB/TEXT split per database is needed.
-- Wordings and revision contents are JSON documents; see WordingJson and Revision.canonical().
-- V6 (per database) makes revisions and template versions append-only.

-- Null for agreements drafted before V5: the domain reads that as an empty wording. Existing agreements become
-- revision 1 but have no agreement_revision row until they are saved again.
ALTER TABLE agreement ADD COLUMN wording TEXT;
ALTER TABLE agreement ADD COLUMN revision INTEGER DEFAULT 1 NOT NULL;
-- The template version the first draft came from, as "<template id>/<version>", e.g. cooperation-agreement/2.
ALTER TABLE agreement ADD COLUMN template_ref VARCHAR(100);

-- content is the exact RFC 8785 JSON content_hash was taken over, so any revision can be re-hashed at any time.
-- agreement_version is the agreement's optimistic-locking version right after the revision was saved.
CREATE TABLE agreement_revision (
    agreement_id      BIGINT                   NOT NULL REFERENCES agreement (id),
    revision_number   INTEGER                  NOT NULL,
    content           TEXT                     NOT NULL,
    content_hash      CHAR(64)                 NOT NULL,
    author            VARCHAR(64)              NOT NULL,
    saved_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    agreement_version BIGINT                   NOT NULL,
    PRIMARY KEY (agreement_id, revision_number)
);

CREATE SEQUENCE comment_seq START WITH 50 INCREMENT BY 50;

-- The first comment of a thread has no thread_id and carries the thread's state (resolved, resolved_by/_at).
-- revision_number is not a foreign key to agreement_revision: agreements drafted before V5 have no revision rows.
CREATE TABLE agreement_comment (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    agreement_id    BIGINT                   NOT NULL REFERENCES agreement (id),
    revision_number INTEGER                  NOT NULL,
    clause_key      VARCHAR(64)              NOT NULL,
    thread_id       BIGINT                   REFERENCES agreement_comment (id),
    author          VARCHAR(64)              NOT NULL,
    body            VARCHAR(4000)            NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved        BOOLEAN                  NOT NULL,
    resolved_by     VARCHAR(64),
    resolved_at     TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL
);
-- Serves "all comments on an agreement, oldest first".
CREATE INDEX agreement_comment_agreement_idx ON agreement_comment (agreement_id, created_at);

-- languages: the codes in the template's order, e.g. "ru,kk,en"; wording: JSON, as in agreement.wording.
CREATE TABLE template_version (
    template_id VARCHAR(64)              NOT NULL,
    version     INTEGER                  NOT NULL,
    kind        VARCHAR(40)              NOT NULL,
    languages   VARCHAR(20)              NOT NULL,
    wording     TEXT                     NOT NULL,
    saved_by    VARCHAR(64)              NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (template_id, version)
);

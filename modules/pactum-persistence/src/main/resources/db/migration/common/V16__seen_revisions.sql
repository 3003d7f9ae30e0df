-- Pactum schema, version 16: the revision of each agreement each person last saw on its page, so the page can show
-- what changed since. One row per agreement and account, moved forward on every visit; not part of the audit trail.
-- Portable SQL for H2 2.x and PostgreSQL 15+. No foreign key to user_account: accounts may later come from a directory.
CREATE TABLE seen_revision (
    agreement_id BIGINT                   NOT NULL REFERENCES agreement (id),
    account      VARCHAR(64)              NOT NULL,
    revision     INTEGER                  NOT NULL,
    seen_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (agreement_id, account)
);

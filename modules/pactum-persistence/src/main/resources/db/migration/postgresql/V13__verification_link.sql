-- Pactum schema, version 13 (PostgreSQL): the public verification link of each agreement, an unguessable token made
-- when its first signature is prepared, printed as a QR code in every visible stamp; kept for good, as the stamps are.
CREATE TABLE verification_link (
    token        VARCHAR(64)              NOT NULL PRIMARY KEY,
    agreement_id BIGINT                   NOT NULL UNIQUE REFERENCES agreement (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TRIGGER verification_link_append_only BEFORE UPDATE OR DELETE ON verification_link
    FOR EACH ROW EXECUTE FUNCTION pactum_append_only();
CREATE TRIGGER verification_link_no_truncate BEFORE TRUNCATE ON verification_link
    FOR EACH STATEMENT EXECUTE FUNCTION pactum_append_only();

-- Pactum schema, version 13 (H2): the public verification link of each agreement, an unguessable token made when its
-- first signature is prepared, printed as a QR code in every visible stamp; kept for good, as the stamps are.
CREATE TABLE verification_link (
    token        VARCHAR(64)              NOT NULL PRIMARY KEY,
    agreement_id BIGINT                   NOT NULL UNIQUE REFERENCES agreement (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TRIGGER verification_link_append_only BEFORE UPDATE, DELETE ON verification_link FOR EACH ROW CALL 'org.pactum.persistence.AppendOnly';

-- Pactum schema, version 9: signing — who may sign for a party, the keys the server holds for officials, the
-- approved print and every signed PDF (kept once, addressed by SHA-256), the signatures in order, and signatures
-- handed out to external tools. Portable SQL for H2 2.x and PostgreSQL 15+ (BYTEA is binary on both).
-- V11 (per database) makes documents and signatures append-only.

-- No foreign key to user_account: signers may later come from a directory (LDAP) rather than local accounts.
CREATE TABLE party_signer (
    party_id BIGINT      NOT NULL REFERENCES party (id),
    username VARCHAR(64) NOT NULL,
    position INTEGER     NOT NULL,
    PRIMARY KEY (party_id, username)
);

-- pkcs12 is the official's PKCS#12 file, encrypted under the PIN only the official knows; never the PIN itself.
CREATE TABLE server_held_key (
    username       VARCHAR(64)  NOT NULL PRIMARY KEY,
    kind           VARCHAR(10)  NOT NULL,
    pkcs12         BYTEA,
    pkcs11_library VARCHAR(1000),
    pkcs11_slot    BIGINT,
    key_alias      VARCHAR(200)
);

-- kind: APPROVED_PRINT (the PDF of the approved revision, before any signature) or SIGNED.
-- content_hash: the agreement's content hash (its approved revision's) the PDF was printed from.
CREATE TABLE signed_document (
    sha256       CHAR(64)                 NOT NULL PRIMARY KEY,
    agreement_id BIGINT                   NOT NULL REFERENCES agreement (id),
    kind         VARCHAR(20)              NOT NULL,
    content_hash CHAR(64)                 NOT NULL,
    pdf          BYTEA                    NOT NULL,
    kept_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX signed_document_agreement_idx ON signed_document (agreement_id, kind);

-- The primary key refuses a second signature at the same position: two signers racing for one turn.
CREATE TABLE agreement_signature (
    agreement_id    BIGINT                   NOT NULL REFERENCES agreement (id),
    position        INTEGER                  NOT NULL,
    party_id        BIGINT                   NOT NULL REFERENCES party (id),
    signer          VARCHAR(64)              NOT NULL,
    key_origin      VARCHAR(16)              NOT NULL,
    cert_subject    VARCHAR(2000)            NOT NULL,
    cert_issuer     VARCHAR(2000)            NOT NULL,
    cert_serial     VARCHAR(100)             NOT NULL,
    cert_not_before TIMESTAMP WITH TIME ZONE NOT NULL,
    cert_not_after  TIMESTAMP WITH TIME ZONE NOT NULL,
    cert_sha256     CHAR(64)                 NOT NULL,
    signed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    timestamped_at  TIMESTAMP WITH TIME ZONE,
    pades_level     VARCHAR(32)              NOT NULL,
    document_sha256 CHAR(64)                 NOT NULL REFERENCES signed_document (sha256),
    based_on_sha256 CHAR(64)                 NOT NULL REFERENCES signed_document (sha256),
    PRIMARY KEY (agreement_id, position)
);

-- certificate_chain: the DER certificates, base64, separated by commas; byte_range: four numbers, spaces between.
CREATE TABLE signing_preparation (
    id                VARCHAR(64)              NOT NULL PRIMARY KEY,
    agreement_id      BIGINT                   NOT NULL REFERENCES agreement (id),
    party_id          BIGINT                   NOT NULL REFERENCES party (id),
    signer            VARCHAR(64)              NOT NULL,
    field_name        VARCHAR(64)              NOT NULL,
    prepared_pdf      BYTEA                    NOT NULL,
    byte_range        VARCHAR(100)             NOT NULL,
    certificate_chain TEXT                     NOT NULL,
    signed_attributes BYTEA                    NOT NULL,
    signing_time      TIMESTAMP WITH TIME ZONE NOT NULL,
    based_on_sha256   CHAR(64)                 NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX signing_preparation_expiry_idx ON signing_preparation (expires_at);

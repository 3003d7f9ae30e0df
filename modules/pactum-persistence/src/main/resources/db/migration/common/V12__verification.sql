-- Pactum schema, version 12: verification reports as they were answered (canonical JSON), fetched again by id.
CREATE TABLE verification_report (
    id              VARCHAR(64)              NOT NULL PRIMARY KEY,
    document_sha256 CHAR(64)                 NOT NULL,
    indication      VARCHAR(32)              NOT NULL,
    report          TEXT                     NOT NULL,
    requested_by    VARCHAR(64),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX verification_report_document_idx ON verification_report (document_sha256);

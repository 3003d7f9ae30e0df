-- The clause library: standard articles any draft may take in, kept by administrators as immutable versions.
-- The articles are one wording JSON document (only its "clauses" member is used), like template_version.wording.
CREATE TABLE clause_library_version (
    version   INTEGER                  NOT NULL PRIMARY KEY,
    languages VARCHAR(20)              NOT NULL,
    clauses   TEXT                     NOT NULL,
    saved_by  VARCHAR(64)              NOT NULL,
    saved_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

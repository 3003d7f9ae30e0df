-- H2: a saved version of the clause library is never changed.
CREATE TRIGGER clause_library_version_append_only BEFORE UPDATE, DELETE ON clause_library_version FOR EACH ROW CALL 'org.pactum.persistence.AppendOnly';

-- PostgreSQL: a saved version of the clause library is never changed (V6's function names the table).
CREATE TRIGGER clause_library_version_append_only BEFORE UPDATE OR DELETE ON clause_library_version
    FOR EACH ROW EXECUTE FUNCTION pactum_append_only();
CREATE TRIGGER clause_library_version_no_truncate BEFORE TRUNCATE ON clause_library_version
    FOR EACH STATEMENT EXECUTE FUNCTION pactum_append_only();

-- PostgreSQL: refuse UPDATE, DELETE and TRUNCATE on saved revisions and template versions, with V3's function.
-- Its message named the audit trail; it now guards more tables, so it names the table instead (the triggers of V3
-- keep using it: replacing a function keeps the triggers that call it).
CREATE OR REPLACE FUNCTION pactum_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'rows of % are append-only: % is refused', TG_TABLE_NAME, TG_OP;
END;
$$;
CREATE TRIGGER agreement_revision_append_only BEFORE UPDATE OR DELETE ON agreement_revision
    FOR EACH ROW EXECUTE FUNCTION pactum_append_only();
CREATE TRIGGER agreement_revision_no_truncate BEFORE TRUNCATE ON agreement_revision
    FOR EACH STATEMENT EXECUTE FUNCTION pactum_append_only();
CREATE TRIGGER template_version_append_only BEFORE UPDATE OR DELETE ON template_version
    FOR EACH ROW EXECUTE FUNCTION pactum_append_only();
CREATE TRIGGER template_version_no_truncate BEFORE TRUNCATE ON template_version
    FOR EACH STATEMENT EXECUTE FUNCTION pactum_append_only();

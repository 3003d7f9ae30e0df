-- PostgreSQL: refuse UPDATE, DELETE and TRUNCATE on kept documents and signatures, with V6's function.
CREATE TRIGGER signed_document_append_only BEFORE UPDATE OR DELETE ON signed_document
    FOR EACH ROW EXECUTE FUNCTION pactum_append_only();
CREATE TRIGGER signed_document_no_truncate BEFORE TRUNCATE ON signed_document
    FOR EACH STATEMENT EXECUTE FUNCTION pactum_append_only();
CREATE TRIGGER agreement_signature_append_only BEFORE UPDATE OR DELETE ON agreement_signature
    FOR EACH ROW EXECUTE FUNCTION pactum_append_only();
CREATE TRIGGER agreement_signature_no_truncate BEFORE TRUNCATE ON agreement_signature
    FOR EACH STATEMENT EXECUTE FUNCTION pactum_append_only();

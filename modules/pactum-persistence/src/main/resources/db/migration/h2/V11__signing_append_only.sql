-- H2: refuse UPDATE and DELETE on kept documents and signatures, with the audit trail's trigger class.
CREATE TRIGGER signed_document_append_only BEFORE UPDATE, DELETE ON signed_document FOR EACH ROW CALL 'org.pactum.persistence.AppendOnly';
CREATE TRIGGER agreement_signature_append_only BEFORE UPDATE, DELETE ON agreement_signature FOR EACH ROW CALL 'org.pactum.persistence.AppendOnly';

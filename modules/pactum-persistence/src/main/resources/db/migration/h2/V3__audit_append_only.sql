-- H2: refuse UPDATE and DELETE on the audit tables (org.pactum.persistence.AppendOnly raises the error).
CREATE TRIGGER audit_event_append_only BEFORE UPDATE, DELETE ON audit_event FOR EACH ROW CALL 'org.pactum.persistence.AppendOnly';
CREATE TRIGGER audit_seal_append_only BEFORE UPDATE, DELETE ON audit_seal FOR EACH ROW CALL 'org.pactum.persistence.AppendOnly';

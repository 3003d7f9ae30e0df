-- H2: refuse UPDATE and DELETE on saved revisions and template versions, with the audit trail's trigger class.
CREATE TRIGGER agreement_revision_append_only BEFORE UPDATE, DELETE ON agreement_revision FOR EACH ROW CALL 'org.pactum.persistence.AppendOnly';
CREATE TRIGGER template_version_append_only BEFORE UPDATE, DELETE ON template_version FOR EACH ROW CALL 'org.pactum.persistence.AppendOnly';

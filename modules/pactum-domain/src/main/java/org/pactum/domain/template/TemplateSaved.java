package org.pactum.domain.template;

/** Published inside the transaction that saved a new template version, for the audit trail. */
public record TemplateSaved(TemplateVersion saved) {
}

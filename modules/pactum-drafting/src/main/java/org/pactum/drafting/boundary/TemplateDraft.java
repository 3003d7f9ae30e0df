package org.pactum.drafting.boundary;

import java.util.List;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.language.Language;
import org.pactum.domain.text.Wording;

/** What an administrator submits to create a template or save its next version. */
public record TemplateDraft(String id, AgreementKind kind, List<Language> languages, Wording wording) {
}

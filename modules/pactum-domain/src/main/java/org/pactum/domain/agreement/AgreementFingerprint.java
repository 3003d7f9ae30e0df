package org.pactum.domain.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.pactum.domain.audit.CanonicalJson;
import org.pactum.domain.audit.Sha256;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.party.Party;

/** SHA-256 over the RFC 8785 JSON of what an agreement says, so the audit trail can name the exact content acted on. */
public final class AgreementFingerprint {

    private AgreementFingerprint() {
    }

    public static String of(Agreement agreement) {
        return Sha256.hex(canonical(agreement));
    }

    static String canonical(Agreement agreement) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("number", agreement.number());
        content.put("kind", agreement.kind());
        content.put("languages", agreement.languages().stream().map(Language::code).toList());
        content.put("title", texts(agreement.title()));
        content.put("parties", agreement.parties().stream().map(AgreementFingerprint::party).toList());
        content.put("areas", List.copyOf(new TreeSet<>(agreement.areas().stream().map(Enum::name).toList())));
        Term term = agreement.term();
        Map<String, Object> termFields = new LinkedHashMap<>();
        termFields.put("startsOn", term.startsOn().map(Object::toString).orElse(null));
        termFields.put("years", term.years());
        termFields.put("autoRenewal", term.autoRenewal());
        content.put("term", termFields);
        return CanonicalJson.encode(content);
    }

    private static Map<String, Object> party(Party party) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", party.id());
        fields.put("organization", texts(party.organization()));
        fields.put("region", party.region() == null ? null : party.region().code());
        fields.put("signatoryName", texts(party.signatoryName()));
        fields.put("signatoryPosition", texts(party.signatoryPosition()));
        return fields;
    }

    private static Map<String, Object> texts(LocalizedText text) {
        Map<String, Object> map = new LinkedHashMap<>();
        text.asMap().forEach((language, value) -> map.put(language.code(), value));
        return map;
    }
}

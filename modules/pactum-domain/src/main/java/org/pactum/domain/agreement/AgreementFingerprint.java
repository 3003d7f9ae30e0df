package org.pactum.domain.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.pactum.domain.canonical.CanonicalJson;
import org.pactum.domain.canonical.Sha256;
import org.pactum.domain.canonical.WordingCodec;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.party.Party;
import org.pactum.domain.text.Wording;

/**
 * SHA-256 over the RFC 8785 JSON of what an agreement says — its fields and its wording — so the audit trail and each
 * revision name the exact content acted on. docs/audit.md describes the JSON.
 */
public final class AgreementFingerprint {

    private AgreementFingerprint() {
    }

    public static String of(Agreement agreement) {
        return Sha256.hex(canonical(fields(agreement), agreement.wording()));
    }

    /**
     * The agreement's fields as flat name–value pairs, e.g. {@code title.kk} or {@code parties[1].organization.ru}:
     * parties by value, so a later change in the directory does not change what an old revision said.
     */
    public static SortedMap<String, String> fields(Agreement agreement) {
        SortedMap<String, String> fields = new TreeMap<>();
        fields.put("number", agreement.number());
        fields.put("kind", agreement.kind().name());
        fields.put("languages", agreement.languages().stream().map(Language::code).collect(Collectors.joining(",")));
        put(fields, "title", agreement.title());
        List<Party> parties = agreement.parties();
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            String prefix = "parties[" + i + "]";
            fields.put(prefix + ".id", String.valueOf(party.id()));
            put(fields, prefix + ".organization", party.organization());
            if (party.region() != null) {
                fields.put(prefix + ".region", party.region().code());
            }
            put(fields, prefix + ".signatoryName", party.signatoryName());
            put(fields, prefix + ".signatoryPosition", party.signatoryPosition());
        }
        fields.put("areas", String.join(",", new TreeSet<>(agreement.areas().stream().map(Enum::name).toList())));
        Term term = agreement.term();
        term.startsOn().ifPresent(date -> fields.put("term.startsOn", date.toString()));
        fields.put("term.years", String.valueOf(term.years()));
        fields.put("term.autoRenewal", String.valueOf(term.autoRenewal()));
        return fields;
    }

    /** The hashed form: {@code {"fields":{…},"wording":{…}}} in RFC 8785 JSON. */
    public static String canonical(Map<String, String> fields, Wording wording) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("fields", new TreeMap<>(fields));
        content.put("wording", WordingCodec.toJson(wording));
        return CanonicalJson.encode(content);
    }

    private static void put(Map<String, String> fields, String name, LocalizedText text) {
        text.asMap().forEach((language, value) -> fields.put(name + "." + language.code(), value));
    }
}

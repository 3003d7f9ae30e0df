package org.pactum.persistence;

import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;

import org.pactum.domain.agreement.AgreementFingerprint;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.canonical.Sha256;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;

/** Wordings and revisions for the tests, in the three languages and with text that is easy to mangle. */
final class Wordings {

    static final Instant SAVED_AT = Instant.parse("2026-11-22T08:00:00.123456Z");

    /** Every letter Kazakh adds to the Cyrillic alphabet, upper and lower case. */
    static final String KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі";
    /** Quotes, a backslash, a line and a paragraph break, a tab, markup and a control character: all must survive. */
    static final String AWKWARD = "«Стороны» \"agree\" \\n is not a newline\nnext line\n\nnext paragraph\t<script>alert('x')</script> \u0001 ©";

    private Wordings() {
    }

    /** Russian and Kazakh, with English only in places: some texts lack a language. */
    static Wording omskPavlodar() {
        return new Wording(LocalizedText.of("Соглашение", "Келісім", null),
                LocalizedText.of("г. Омск {date}", "Омбы қ. {date}", null),
                LocalizedText.of("{party1.organization} и {party2.organization}, именуемые Сторонами, согласились:",
                        "{party1.organization} мен {party2.organization}, бұдан әрі Тараптар, келісті:", null),
                AgreementText.of(
                        new Clause("subject", LocalizedText.of("Предмет", "Мәні", "Subject"),
                                LocalizedText.of("Стороны развивают сотрудничество.", "Тараптар ынтымақтастықты дамытады.", null)),
                        new Clause("c-7", LocalizedText.empty(),
                                LocalizedText.of(AWKWARD, KAZAKH_LETTERS + "\n\n" + AWKWARD, "The Parties \"agree\" \\ <b>"))),
                LocalizedText.of("Оба текста имеют одинаковую силу.", "Екі мәтіннің күші бірдей.", null));
    }

    static SortedMap<String, String> fields() {
        SortedMap<String, String> fields = new TreeMap<>();
        fields.put("number", "PA-2026-00001");
        fields.put("kind", "COOPERATION_AGREEMENT");
        fields.put("languages", "ru,kk");
        fields.put("title.ru", "Соглашение о сотрудничестве \"Омск\\Павлодар\"");
        fields.put("title.kk", "Ынтымақтастық туралы келісім " + KAZAKH_LETTERS);
        fields.put("parties[0].organization.ru", "Правительство Омской области\n<script>");
        fields.put("term.years", "5");
        return fields;
    }

    /** A revision as the domain makes one: its hash taken over its canonical JSON. */
    static Revision revision(long agreementId, int number, long agreementVersion) {
        Wording wording = omskPavlodar();
        String hash = Sha256.hex(AgreementFingerprint.canonical(fields(), wording));
        return new Revision(agreementId, number, fields(), wording, hash, "drafter", SAVED_AT, agreementVersion);
    }
}

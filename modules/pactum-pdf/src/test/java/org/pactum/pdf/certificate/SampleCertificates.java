package org.pactum.pdf.certificate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.audit.CompletionCertificate.ChainCheck;
import org.pactum.domain.audit.CompletionCertificate.Entry;
import org.pactum.domain.audit.CompletionCertificate.Seal;
import org.pactum.domain.audit.CompletionCertificate.SignatureEntry;
import org.pactum.domain.audit.CompletionCertificate.Side;
import org.pactum.domain.audit.CompletionCertificate;
import org.pactum.domain.canonical.Sha256;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;

/** The Omsk–Pavlodar agreement from draft to signature, with Kazakh text that uses every Kazakh-specific letter. */
public final class SampleCertificates {

    /** Every letter Kazakh adds to the Russian alphabet, upper and lower case: fonts without them print boxes. */
    static final String KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі";

    static final String KAZAKH_TITLE = "Омбы облысы мен Павлодар облысы арасындағы сауда-экономикалық, ғылыми-техникалық, "
            + "мәдени және жиһаз өнеркәсібіндегі ұзақ мерзімді өзара ынтымақтастық туралы келісім (" + KAZAKH_LETTERS + ")";

    static final String RUSSIAN_TITLE = "Соглашение между Правительством Омской области и акиматом Павлодарской области "
            + "о торгово-экономическом, научно-техническом и культурном сотрудничестве";

    /** As long as an RSA-2048 signature in Base64, so it must wrap inside its cell. */
    static final String SIGNATURE = Base64.getEncoder()
            .encodeToString(Sha256.hex("signature").repeat(4).getBytes(StandardCharsets.US_ASCII));

    static final Instant GENERATED = Instant.parse("2026-12-01T09:30:15.123456Z");

    private SampleCertificates() {
    }

    public static CompletionCertificate sealed() {
        List<Entry> entries = lifecycle();
        Seal seal = new Seal(45, Sha256.hex("head 45"), Instant.parse("2026-11-30T18:00:00Z"), Sha256.hex("seal key"),
                "SHA256withRSA", SIGNATURE);
        return certificate(entries, seal, new ChainCheck(true, 52, 45));
    }

    public static CompletionCertificate unsealed() {
        return certificate(lifecycle(), null, new ChainCheck(true, 52, 38));
    }

    public static CompletionCertificate neverSealed() {
        return certificate(lifecycle(), null, new ChainCheck(true, 52, 0));
    }

    public static CompletionCertificate broken() {
        return certificate(lifecycle(), null, new ChainCheck(false, 17, 0));
    }

    /** So many events that the table runs over several pages. */
    public static CompletionCertificate long_() {
        List<Entry> entries = new ArrayList<>(lifecycle());
        long sequence = entries.getLast().sequence();
        for (int i = 0; i < 60; i++) {
            sequence += 2;
            entries.add(entry(sequence, "auditor.kz", "AUDITOR", "agreement.completion-certificate-issued", 9, true));
        }
        return certificate(entries, null, new ChainCheck(true, sequence + 3, 38));
    }

    public static CompletionCertificate empty() {
        return certificate(List.of(), List.of(), null, new ChainCheck(true, 0, 0));
    }

    /** The two signatures the lifecycle's events record: Omsk's timestamped and taken to B-LTA, Pavlodar's B-B. */
    public static List<SignatureEntry> signatures() {
        return List.of(
                new SignatureEntry(35, 1, LocalizedText.of("Правительство Омской области", "Омбы облысының Үкіметі", null),
                        "Хоценко Виталий Павлович", "CN=Хоценко Виталий Павлович,O=Правительство Омской области,C=RU",
                        "5f3a9c0e12ab7d44", "CN=Pactum Demo Root CA,O=Pactum (demo),C=RU",
                        Instant.parse("2026-11-23T19:40:00Z"), Instant.parse("2026-11-23T19:40:01Z"),
                        "PAdES-BASELINE-LTA", Sha256.hex("signed by Omsk")),
                new SignatureEntry(39, 2, LocalizedText.of("Акимат Павлодарской области", "Павлодар облысының әкімдігі", null),
                        "Бақауов Асайн Қуандықұлы", "CN=Бақауов Асайн Қуандықұлы,O=Павлодар облысының әкімдігі,C=KZ",
                        "0c71e2d9aa03b518", "CN=Pactum Demo Root CA,O=Pactum (demo),C=RU",
                        Instant.parse("2026-11-24T02:10:00Z"), null, "PAdES-BASELINE-B", Sha256.hex("signed by Pavlodar")));
    }

    private static CompletionCertificate certificate(List<Entry> entries, Seal seal, ChainCheck chain) {
        return certificate(entries, signatures(), seal, chain);
    }

    private static CompletionCertificate certificate(List<Entry> entries, List<SignatureEntry> signatures, Seal seal,
                                                     ChainCheck chain) {
        return new CompletionCertificate(2, "PA-2026-00002", 10, Sha256.hex("content v10"), LocalizedText.of(RUSSIAN_TITLE, KAZAKH_TITLE, null),
                List.of(Language.RU, Language.KK), AgreementKind.COOPERATION_AGREEMENT, AgreementStatus.SIGNED,
                List.of(new Side(LocalizedText.of("Правительство Омской области", "Омбы облысының Үкіметі", "Government of the Omsk Region"),
                                LocalizedText.of("В. П. Хоценко", "В. П. Хоценко", "V. P. Khotsenko"),
                                LocalizedText.of("Губернатор Омской области", "Омбы облысының Губернаторы", "Governor of the Omsk Region")),
                        new Side(LocalizedText.of("Акимат Павлодарской области", "Павлодар облысының әкімдігі", "Akimat of the Pavlodar Region"),
                                LocalizedText.of("А. К. Бакауов", "А. Қ. Бақауов", "A. K. Bakauov"),
                                LocalizedText.of("Аким Павлодарской области", "Павлодар облысының әкімі", "Akim of the Pavlodar Region"))),
                entries, signatures, seal, chain, GENERATED, "auditor.kz");
    }

    private static List<Entry> lifecycle() {
        return List.of(
                entry(3, "drafter.omsk", "DRAFTER", "agreement.created", 1, true),
                entry(4, "drafter.omsk", "DRAFTER", "agreement.edited", 2, true),
                entry(9, "drafter.omsk", "DRAFTER", "agreement.submitted", 3, true),
                entry(12, "approver.pavlodar", "APPROVER", "agreement.returned", 4, true),
                entry(15, "drafter.omsk", "DRAFTER", "agreement.reworked", 5, true),
                entry(16, "drafter.omsk", "ADMIN,DRAFTER", "agreement.edited", 6, true),
                entry(22, "drafter.omsk", "DRAFTER", "agreement.submitted", 7, true),
                entry(30, "approver.pavlodar", "APPROVER", "agreement.approved", 8, true),
                entry(31, "signer.omsk", "SIGNER", "agreement.signing-started", 9, true),
                entry(40, "signer.pavlodar", "SIGNER", "agreement.signed", 10, true),
                entry(41, "auditor.kz", "AUDITOR", "agreement.completion-certificate-issued", 10, false));
    }

    private static Entry entry(long sequence, String actor, String roles, String action, long version, boolean withContent) {
        Instant at = Instant.parse("2026-11-22T08:00:00Z").plusSeconds(sequence * 3_917).plusNanos(sequence * 1_000);
        return new Entry(sequence, at, actor, roles, action, version,
                withContent ? Sha256.hex("content v" + version) : null,
                "{\"number\":\"PA-2026-00002\"}", Sha256.hex("event " + (sequence - 1)), Sha256.hex("event " + sequence));
    }
}

package org.pactum.benchmarks;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementContent;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.agreement.LifecycleAction;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;
import org.pactum.domain.party.Party;
import org.pactum.domain.party.PartyDetails;
import org.pactum.domain.party.Region;

/**
 * The domain's own work for one agreement, with no database or container: validating a bilingual Omsk–Pavlodar
 * agreement's content, creating the draft (which validates it), and the whole happy path from draft to signed.
 * Outside JPA the version stays 0, so each step's version check runs but nothing increments it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LifecycleBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static final List<LifecycleAction> TO_SIGNED = List.of(LifecycleAction.SUBMIT, LifecycleAction.APPROVE,
            LifecycleAction.START_SIGNING, LifecycleAction.COMPLETE_SIGNING);

    private AgreementContent content;

    @Setup
    public void prepareContent() {
        Region omsk = new Region("RU-OMS", LocalizedText.of("Омская область", "Омбы облысы", "Omsk Region"));
        Region pavlodar = new Region("KZ-55", LocalizedText.of("Павлодарская область", "Павлодар облысы", "Pavlodar Region"));
        Party omskGovernment = new Party(new PartyDetails(
                LocalizedText.of("Правительство Омской области", "Омбы облысының Үкіметі", "Government of the Omsk Region"),
                omsk,
                LocalizedText.of("А. В. Соколов", "А. В. Соколов", "A. V. Sokolov"),
                LocalizedText.of("Губернатор Омской области", "Омбы облысының Губернаторы", "Governor of the Omsk Region")));
        Party pavlodarAkimat = new Party(new PartyDetails(
                LocalizedText.of("Акимат Павлодарской области", "Павлодар облысының әкімдігі", "Akimat of the Pavlodar Region"),
                pavlodar,
                LocalizedText.of("Н. Б. Сейтжанов", "Н. Б. Сейтжанов", "N. B. Seitzhanov"),
                LocalizedText.of("Аким Павлодарской области", "Павлодар облысының әкімі", "Akim of the Pavlodar Region")));
        content = new AgreementContent(AgreementKind.COOPERATION_AGREEMENT, List.of(Language.RU, Language.KK),
                LocalizedText.of("Соглашение о сотрудничестве в сферах цифровизации и образования",
                        "Цифрландыру және білім беру салаларындағы ынтымақтастық туралы келісім", null),
                List.of(omskGovernment, pavlodarAkimat),
                Set.of(CooperationArea.DIGITALISATION, CooperationArea.EDUCATION),
                new Term(null, 5, true));
        if (draftToSigned().status() != AgreementStatus.SIGNED) {
            throw new IllegalStateException("the happy path must end signed");
        }
    }

    /** One article and a preamble in both languages: enough for submitting to be allowed. */
    private static final Wording WORDING = new Wording(null, null,
            LocalizedText.of("{party1.organization} и {party2.organization} согласились:", "{party1.organization} мен {party2.organization} келісті:", null),
            AgreementText.of(new Clause("subject", LocalizedText.of("Предмет", "Мәні", null),
                    LocalizedText.of("Стороны развивают сотрудничество.", "Тараптар ынтымақтастықты дамытады.", null))),
            LocalizedText.of("Тексты имеют одинаковую силу.", "Мәтіндердің күші бірдей.", null));

    @Benchmark
    public AgreementContent validateContent() {
        content.validate();
        return content;
    }

    @Benchmark
    public Agreement createDraft() {
        return Agreement.draft("PA-2026-00001", content, WORDING, null, "drafter", NOW);
    }

    @Benchmark
    public Agreement draftToSigned() {
        Agreement agreement = Agreement.draft("PA-2026-00001", content, WORDING, null, "drafter", NOW);
        for (LifecycleAction action : TO_SIGNED) {
            agreement.perform(action, agreement.version(), null, "official", NOW);
        }
        return agreement;
    }
}

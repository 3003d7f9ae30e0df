package org.pactum.pdf.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.route.RouteState;
import org.pactum.domain.route.StageRule;
import org.pactum.domain.route.TaskState;
import org.pactum.pdf.approval.ApprovalSheet.Entry;
import org.pactum.pdf.approval.ApprovalSheet.Person;
import org.pactum.pdf.approval.ApprovalSheet.Stage;

/**
 * A route as administrations see them: returned by the legal department in the first round, then approved in the
 * second — the legal department's decision taken by a colleague the task was handed to.
 */
final class SampleSheets {

    static final String LEGAL = "Правовое управление";
    static final String LEGAL_KK = "Құқық басқармасы";
    static final Person LEBEDEV = Person.of("Игорь Лебедев — начальник правового управления");
    static final Person ORLOVA = Person.of("Светлана Орлова — главный специалист-эксперт правового управления");
    static final Person GOLUBEVA = Person.of("Марина Голубева — заместитель Губернатора Омской области");
    static final String RETURN_REMARK = "Уточнить срок действия соглашения в разделе 5 и порядок его продления; "
            + "привести наименования сторон в соответствие с уставами.";
    static final String APPROVE_REMARK = "Замечания учтены.";
    static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private SampleSheets() {
    }

    /**
     * A route still running, before registration: a quorum of twenty lawyers, one task handed on when its deadline
     * passed, the deputy governor still to decide — long enough to run over a page.
     */
    static ApprovalSheet running() {
        ApprovalSheet decided = twoRounds();
        Instant start = Instant.parse("2026-12-01T04:00:00Z");
        List<Stage> stages = List.of(
                new Stage(LocalizedText.of("Юридическая экспертиза", "Заң сараптамасы", "Legal review"),
                        StageRule.QUORUM, 12),
                decided.stages().get(1));
        List<Entry> entries = new java.util.ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            Person lawyer = new Person("Юрист " + i, "ведущий специалист правового управления");
            entries.add(i % 7 == 0
                    ? new Entry(1, 0, lawyer, null, TaskState.CLOSED, null, null, start.plusSeconds(9_000), null, false)
                    : new Entry(1, 0, lawyer, null, TaskState.APPROVED, i % 3 == 0 ? RETURN_REMARK : null, 3,
                            start.plusSeconds(600L * i), null, false));
        }
        entries.add(new Entry(1, 1, GOLUBEVA, null, TaskState.DELEGATED, null, null, start.plusSeconds(86_400 * 2),
                null, true));
        entries.add(new Entry(1, 1, LEBEDEV, GOLUBEVA, TaskState.PENDING, null, null, null,
                start.plusSeconds(86_400 * 4), false));
        return new ApprovalSheet(AgreementKind.MEMORANDUM_OF_COOPERATION, "PA-2026-00011", null, null,
                LocalizedText.of(null, "Қысқа атау", null), decided.parties(), decided.author(), decided.routeName(),
                RouteState.RUNNING, 1, 3, HASH, start, null, stages, entries, ZoneId.of("Asia/Omsk"),
                decided.printedAt(), null);
    }

    static ApprovalSheet twoRounds() {
        Instant start = Instant.parse("2026-11-30T03:15:00Z");
        List<Stage> stages = List.of(
                new Stage(LocalizedText.of(LEGAL, LEGAL_KK, "Legal department"), StageRule.ALL, 0),
                new Stage(LocalizedText.of("Заместитель Губернатора", "Губернатор орынбасары", "Deputy governor"),
                        StageRule.ANY, 0));
        List<Entry> entries = List.of(
                new Entry(1, 0, LEBEDEV, null, TaskState.RETURNED, RETURN_REMARK, 2, start.plusSeconds(7_200), null, false),
                new Entry(2, 0, LEBEDEV, null, TaskState.DELEGATED, "Прошу рассмотреть: я в командировке", null,
                        start.plusSeconds(86_400 * 2), null, false),
                new Entry(2, 0, ORLOVA, LEBEDEV, TaskState.APPROVED, APPROVE_REMARK, 3,
                        start.plusSeconds(86_400 * 2 + 5_400), null, false),
                new Entry(2, 1, GOLUBEVA, null, TaskState.APPROVED, null, 3, start.plusSeconds(86_400 * 3), null, false));
        return new ApprovalSheet(AgreementKind.COOPERATION_AGREEMENT, "PA-2026-00003", "СС-2026/001",
                LocalDate.of(2026, 12, 3),
                LocalizedText.of("Соглашение между Правительством Омской области и акиматом Павлодарской области "
                        + "о торгово-экономическом, научно-техническом и культурном сотрудничестве",
                        "Омбы облысының Үкіметі мен Павлодар облысының әкімдігі арасындағы сауда-экономикалық, "
                                + "ғылыми-техникалық және мәдени ынтымақтастық туралы келісім", null),
                List.of(LocalizedText.of("Правительство Омской области", "Омбы облысының Үкіметі", null),
                        LocalizedText.of("Акимат Павлодарской области", "Павлодар облысының әкімдігі", null)),
                Person.of("Анна Кравец — отдел международных связей"),
                LocalizedText.of("Правовое управление → заместитель Губернатора", "Құқық басқармасы → Губернатор орынбасары",
                        "Legal department → deputy governor"),
                RouteState.APPROVED, 2, 3, HASH, start, start.plusSeconds(86_400 * 3), stages, entries,
                ZoneId.of("Asia/Omsk"), Instant.parse("2026-12-06T09:00:00Z"), "Гульнара Сейтказиева");
    }
}

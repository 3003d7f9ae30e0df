package org.pactum.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
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
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.template.Template;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.control.RevisionComparison;
import org.pactum.drafting.control.SeedTemplates;
import org.pactum.drafting.entity.Changes;

/**
 * Comparing two revisions, as the changes page and every concurrent-edit 409 do. "Negotiation": the shipped
 * cooperation agreement in Russian and Kazakh (eight articles, about three printed pages) against the same with two
 * articles reworded, one moved and one added. "Rewritten": one article of the maximum 20,000 characters per
 * language replaced by entirely different words in both languages — the worst a single article can cost.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RevisionComparisonBenchmark {

    private final RevisionComparison comparison = new RevisionComparison();
    private Revision negotiationBefore;
    private Revision negotiationAfter;
    private Revision rewrittenBefore;
    private Revision rewrittenAfter;

    @Setup
    public void prepare() {
        Template cooperation = SeedTemplates.load().getFirst();
        Wording wording = cooperation.wording().in(List.of(Language.RU, Language.KK));
        List<Clause> clauses = new ArrayList<>(wording.clauses());
        Clause subject = clauses.get(0);
        clauses.set(0, new Clause(subject.key(), subject.heading(), LocalizedText.of(
                subject.text().in(Language.RU).orElseThrow().replace("Стороны", "Договаривающиеся Стороны"),
                subject.text().in(Language.KK).orElseThrow() + " Тараптар жыл сайын бірлескен жоспар бекітеді.", null)));
        Clause forms = clauses.get(2);
        clauses.set(2, new Clause(forms.key(), forms.heading(), LocalizedText.of(
                forms.text().in(Language.RU).orElseThrow().replace("выставок", "выставок и ярмарок"),
                forms.text().in(Language.KK).orElseThrow().replace("көрмелер", "көрмелер мен жәрмеңкелер"), null)));
        clauses.add(1, clauses.remove(clauses.size() - 1));
        clauses.add(new Clause("confidentiality", LocalizedText.of("Конфиденциальность", "Құпиялылық", null),
                LocalizedText.of("Стороны не раскрывают полученную информацию.", "Тараптар алынған ақпаратты жария етпейді.", null)));
        negotiationBefore = revision(1, wording);
        negotiationAfter = revision(2, new Wording(wording.kindName(), wording.placeAndDate(), wording.preamble(),
                new AgreementText(clauses), wording.equallyAuthentic()));

        Random random = new Random(17);
        rewrittenBefore = revision(1, oneArticle(random));
        rewrittenAfter = revision(2, oneArticle(random));
        Changes changes = comparison.compare(negotiationBefore, negotiationAfter);
        System.out.println("Negotiation: " + changes.clauses().size() + " articles changed, " + changes.unchangedClauses() + " unchanged");
    }

    @Benchmark
    public Changes negotiation() {
        return comparison.compare(negotiationBefore, negotiationAfter);
    }

    @Benchmark
    public Changes rewrittenArticle() {
        return comparison.compare(rewrittenBefore, rewrittenAfter);
    }

    private static Wording oneArticle(Random random) {
        return new Wording(null, null, null, AgreementText.of(new Clause("long", null,
                LocalizedText.of(words(random, "абвгдежзиклмнопрстуфхцчшыэюя"), words(random, "әғқңөұүһіабвгдежзиклмнопрстуы"), null))),
                null);
    }

    /** Random words of 2–10 letters up to 20,000 characters. */
    private static String words(Random random, String letters) {
        StringBuilder text = new StringBuilder();
        while (text.length() < Wording.MAX_CLAUSE_LENGTH - 12) {
            int length = 2 + random.nextInt(9);
            for (int i = 0; i < length; i++) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            text.append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return text.toString().strip();
    }

    private static Revision revision(int number, Wording wording) {
        return new Revision(1, number, new TreeMap<>(), wording, "0".repeat(64), "drafter", Instant.parse("2026-11-22T08:00:00Z"), number);
    }
}

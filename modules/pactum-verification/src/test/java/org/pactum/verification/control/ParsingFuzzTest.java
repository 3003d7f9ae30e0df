package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactum.verification.entity.DocumentTimestampReport;
import org.pactum.verification.entity.ParsingLimits;
import org.pactum.verification.entity.SignatureReport;
import org.pactum.verification.entity.TrustMaterial;

/**
 * Thousands of mutations of real signed agreements (deterministic: the seed and the case number name each), each
 * verified as the boundary verifies a file — signatures, document time-stamps, revision analysis, revision ends —
 * under one budget. Every case must end within the budget, be refused only as unreadable or over a limit, and no
 * signature or document time-stamp whose signed bytes the mutation touched may pass.
 */
class ParsingFuzzTest {

    private static final long SEED = 0x5EED_0011L;
    private static final int CASES = Integer.getInteger("pactum.fuzz.cases", 1000);
    /** The defaults, but a smaller allowance for inflation, so that each bomb is refused in milliseconds. */
    private static final ParsingLimits LIMITS = new ParsingLimits(5_000, ParsingLimits.DEFAULTS.maxObjects(),
            ParsingLimits.DEFAULTS.maxDepth(), 16L * 1024 * 1024);
    private static final long GRACE_MILLIS = 2_000;
    private static final Pattern BYTE_RANGE = Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)");
    private static final Pattern XREF_ENTRY = Pattern.compile("(\\d{10}) \\d{5} n");
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)");
    private static final Pattern LENGTH = Pattern.compile("/Length (\\d+)");
    private static final String[] NUMBERS = {"0", "-1", "1", "2147483647", "99999999999", "4294967296", "-2147483648",
            "1e9", "0.5", "00"};

    private static TrustMaterial trust;
    private static final List<Original> ORIGINALS = new ArrayList<>();

    /** A signed file and, by field, the bytes each signature and document time-stamp covers. */
    private record Original(String name, byte[] pdf, Map<String, long[][]> signed, Map<String, long[][]> stamped) {
    }

    /** A mutated file and the original bytes the mutation touched (intervals [from, to)). */
    private record Mutant(String kind, byte[] pdf, List<long[]> touched) {
    }

    private enum Kind {
        FLIP, TRUNCATE, DUPLICATE, INSERT, DELETE, BYTE_RANGE, XREF_OFFSET, STARTXREF, STREAM_LENGTH, NESTED_ARRAYS,
        NESTED_DICTIONARIES, DEFLATE_BOMB_IN_STORE, DEFLATE_BOMB_IN_XREF_STREAM
    }

    @BeforeAll
    static void sign() {
        TestSignatures pki = new TestSignatures();
        trust = new TrustMaterial(List.of(pki.rootCertificate()), List.of(pki.crl()));
        ORIGINALS.add(original("B", pki.oneSignatureB()));
        ORIGINALS.add(original("T+T", pki.twoSignaturesT()));
        ORIGINALS.add(original("LTA", pki.twoSignaturesLta()));
    }

    @Test
    void mutated_signed_agreements_are_judged_or_refused_within_the_budget_and_never_pass_when_signed_bytes_changed() {
        Random random = new Random(SEED);
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        long slowest = 0;
        long started = System.nanoTime();
        long cpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (int i = 0; i < CASES; i++) {
            Original original = ORIGINALS.get(random.nextInt(ORIGINALS.size()));
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            kinds.merge(kind, 1, Integer::sum);
            Mutant mutant = mutate(original, kind, random);
            long caseStarted = System.nanoTime();
            String outcome = verify(i, original, mutant);
            long millis = (System.nanoTime() - caseStarted) / 1_000_000;
            slowest = Math.max(slowest, millis);
            assertTrue(millis <= LIMITS.maxMillis() + GRACE_MILLIS,
                    "case " + i + " (" + mutant.kind() + " of " + original.name() + ") took " + millis + " ms");
            outcomes.merge(kind + " → " + outcome, 1, Integer::sum);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
        System.out.printf("Fuzzing: %d cases (seed %x) in %d ms (%d ms of CPU), slowest %d ms; %s%n", CASES, SEED,
                millis, cpuMillis, slowest, kinds);
        outcomes.forEach((outcome, count) -> System.out.println("  " + outcome + ": " + count));
    }

    @Test
    void the_unmutated_agreements_pass_under_the_fuzzing_limits() {
        for (Original original : ORIGINALS) {
            ParsingBudget budget = ParsingBudget.start(LIMITS);
            SignatureVerifier.verify(original.pdf(), trust, Instant.now(), budget)
                    .forEach(report -> assertTrue(report.passed(), original.name() + ": " + report));
            SignatureVerifier.verifyDocumentTimestamps(original.pdf(), trust, Instant.now(), budget)
                    .forEach(report -> assertTrue(report.valid(), original.name() + ": " + report));
            assertEquals(original.signed().size() + original.stamped().size(),
                    RevisionAnalysis.analyse(original.pdf(), budget).size());
        }
    }

    /** Verifies as the boundary does and checks the verdicts; returns what came of it, in a word. */
    private static String verify(int number, Original original, Mutant mutant) {
        String name = "case " + number + " (" + mutant.kind() + " of " + original.name() + ")";
        ParsingBudget budget = ParsingBudget.start(LIMITS);
        try {
            Instant now = Instant.now();
            List<SignatureReport> reports = SignatureVerifier.verify(mutant.pdf(), trust, now, budget);
            List<DocumentTimestampReport> stamps = SignatureVerifier.verifyDocumentTimestamps(mutant.pdf(), trust, now,
                    budget);
            RevisionAnalysis.analyse(mutant.pdf(), budget);
            Revisions.ends(mutant.pdf());
            for (SignatureReport report : reports) {
                long[][] covered = original.signed().get(report.fieldName());
                if (covered != null && touches(mutant.touched(), covered)) {
                    assertTrue(!report.passed(), name + " passed " + report.fieldName() + " though its bytes changed");
                }
            }
            for (DocumentTimestampReport stamp : stamps) {
                long[][] covered = original.stamped().get(stamp.fieldName());
                if (covered != null && touches(mutant.touched(), covered)) {
                    assertTrue(!stamp.valid(), name + " kept " + stamp.fieldName() + " valid though its bytes changed");
                }
            }
            boolean allPassed = !reports.isEmpty() && reports.stream().allMatch(SignatureReport::passed);
            return allPassed ? "signatures passed" : reports.isEmpty() ? "no signature" : "judged, not passed";
        } catch (ParsingLimitExceededException exceeded) {
            return "refused: " + exceeded.limit();
        } catch (IllegalArgumentException unreadable) {
            return "refused: unreadable";
        } catch (Throwable unexpected) {
            fail(name + " threw " + unexpected, unexpected);
            return "";
        }
    }

    private static Mutant mutate(Original original, Kind kind, Random random) {
        byte[] pdf = original.pdf();
        int at = random.nextInt(pdf.length);
        return switch (kind) {
            case FLIP -> flip(pdf, random);
            case TRUNCATE -> new Mutant("truncated at " + at, Arrays.copyOf(pdf, at), List.of(span(at, Long.MAX_VALUE)));
            case DUPLICATE -> {
                int from = random.nextInt(pdf.length);
                int length = 1 + random.nextInt(Math.min(4096, pdf.length - from));
                yield new Mutant("duplicated", insert(pdf, at, Arrays.copyOfRange(pdf, from, from + length)),
                        List.of(span(at, at + 1)));
            }
            case INSERT -> {
                byte[] chunk = new byte[1 + random.nextInt(64)];
                random.nextBytes(chunk);
                yield new Mutant("inserted", insert(pdf, at, chunk), List.of(span(at, at + 1)));
            }
            case DELETE -> {
                int length = 1 + random.nextInt(Math.min(256, pdf.length - at));
                yield new Mutant("deleted", splice(pdf, at, at + length, new byte[0]), List.of(span(at, at + length)));
            }
            case BYTE_RANGE -> renumber("byte range", pdf, BYTE_RANGE, 1 + random.nextInt(4), random);
            case XREF_OFFSET -> renumber("xref offset", pdf, XREF_ENTRY, 1, random);
            case STARTXREF -> renumber("startxref", pdf, STARTXREF, 1, random);
            case STREAM_LENGTH -> renumber("stream length", pdf, LENGTH, 1, random);
            case NESTED_ARRAYS -> appended("nested arrays", pdf, CraftedPdf.nestedArrays(levels(random)));
            case NESTED_DICTIONARIES -> appended("nested dictionaries", pdf, CraftedPdf.nestedDictionaries(levels(random)));
            case DEFLATE_BOMB_IN_STORE -> new Mutant("deflate bomb in /DSS", storeBomb(pdf), List.of());
            case DEFLATE_BOMB_IN_XREF_STREAM -> new Mutant("deflate bomb in xref stream",
                    CraftedPdf.appendCrossReferenceStream(pdf, bomb()), List.of());
        };
    }

    private static Mutant flip(byte[] pdf, Random random) {
        byte[] copy = pdf.clone();
        List<long[]> touched = new ArrayList<>();
        for (int i = 0, flips = 1 + random.nextInt(8); i < flips; i++) {
            int at = random.nextInt(copy.length);
            copy[at] ^= (byte) (1 + random.nextInt(255));
            touched.add(span(at, at + 1));
        }
        return new Mutant("flipped", copy, touched);
    }

    /** One number of a random match of {@code pattern} (its group {@code group}) replaced by another. */
    private static Mutant renumber(String kind, byte[] pdf, Pattern pattern, int group, Random random) {
        Matcher matcher = pattern.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        List<int[]> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(new int[]{matcher.start(group), matcher.end(group)});
        }
        if (found.isEmpty()) {
            return flip(pdf, random);
        }
        int[] place = found.get(random.nextInt(found.size()));
        long old = Long.parseLong(new String(pdf, place[0], place[1] - place[0], StandardCharsets.ISO_8859_1));
        String replacement = switch (random.nextInt(3)) {
            case 0 -> NUMBERS[random.nextInt(NUMBERS.length)];
            case 1 -> Long.toString(Math.max(0, old + random.nextInt(41) - 20));
            default -> Long.toString(random.nextInt(pdf.length + 1));
        };
        if (replacement.equals(Long.toString(old))) {
            replacement = Long.toString(old + 1);
        }
        if (place[1] - place[0] == 10 && replacement.length() <= 10 && !replacement.contains("-")
                && !replacement.contains(".") && !replacement.contains("e")) {
            replacement = "0".repeat(10 - replacement.length()) + replacement;
        }
        byte[] mutated = splice(pdf, place[0], place[1], replacement.getBytes(StandardCharsets.ISO_8859_1));
        return new Mutant(kind + " " + old + "→" + replacement, mutated, List.of(span(place[0], place[1])));
    }

    private static Mutant appended(String kind, byte[] pdf, byte[] body) {
        return new Mutant(kind, CraftedPdf.appendObject(pdf, body), List.of());
    }

    private static int levels(Random random) {
        int[] choices = {10, 99, 100, 101, 1_000, 50_000, 200_000};
        return choices[random.nextInt(choices.length)];
    }

    private static byte[] bombBytes;

    /** 64 MiB of zeros, deflated once (about 64 KiB). */
    private static synchronized byte[] bomb() {
        if (bombBytes == null) {
            bombBytes = CraftedPdf.deflatedZeros(64L * 1024 * 1024);
        }
        return bombBytes;
    }

    private static final Map<byte[], byte[]> STORE_BOMBS = new LinkedHashMap<>();

    /** The file with a security store whose one certificate is a deflate bomb (an update appended with OpenPDF). */
    private static synchronized byte[] storeBomb(byte[] pdf) {
        return STORE_BOMBS.computeIfAbsent(pdf, signed -> CraftedPdf.appendStoreWithCertificate(signed, bomb()));
    }

    private static Original original(String name, byte[] pdf) {
        ParsingBudget budget = ParsingBudget.start(ParsingLimits.DEFAULTS);
        Map<String, long[][]> signed = new LinkedHashMap<>();
        for (SignatureReport report : SignatureVerifier.verify(pdf, trust, Instant.now(), budget)) {
            signed.put(report.fieldName(), parts(report.byteRange()));
        }
        Map<String, long[][]> stamped = new LinkedHashMap<>();
        for (DocumentTimestampReport report : SignatureVerifier.verifyDocumentTimestamps(pdf, trust, Instant.now(),
                budget)) {
            stamped.put(report.fieldName(), parts(report.byteRange()));
        }
        return new Original(name, pdf, signed, stamped);
    }

    private static long[][] parts(List<Long> range) {
        return new long[][]{{range.get(0), range.get(0) + range.get(1)}, {range.get(2), range.get(2) + range.get(3)}};
    }

    private static boolean touches(List<long[]> touched, long[][] covered) {
        for (long[] span : touched) {
            for (long[] part : covered) {
                if (span[0] < part[1] && part[0] < span[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long[] span(long from, long to) {
        return new long[]{from, to};
    }

    private static byte[] insert(byte[] pdf, int at, byte[] chunk) {
        return splice(pdf, at, at, chunk);
    }

    private static byte[] splice(byte[] pdf, int from, int to, byte[] replacement) {
        byte[] result = new byte[pdf.length - (to - from) + replacement.length];
        System.arraycopy(pdf, 0, result, 0, from);
        System.arraycopy(replacement, 0, result, from, replacement.length);
        System.arraycopy(pdf, to, result, from + replacement.length, pdf.length - to);
        return result;
    }
}

package org.pactum.benchmarks;

import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.pactum.verification.control.FileDigests;
import org.pactum.verification.control.ParsedDocument;
import org.pactum.verification.control.ParsingBudget;
import org.pactum.verification.control.RevisionAnalysis;
import org.pactum.verification.control.Revisions;
import org.pactum.verification.control.SignatureVerifier;
import org.pactum.verification.entity.Indication;
import org.pactum.verification.entity.Modification;
import org.pactum.verification.entity.SignatureReport;
import org.pactum.verification.entity.TrustMaterial;

/**
 * Verifying one signed agreement ({@link SignedAgreementFiles}: 1 or 2 signatures at PAdES-BASELINE-LTA, about
 * 100 KB, 1 MB or 10 MB) with Pactum — what the Verification boundary computes per request before it touches the
 * database: every signature and document timestamp, the revision analysis, the revisions' ends and the SHA-256 of
 * the file and of each revision (the register's candidates) — and with EU DSS 6.4 and its default policy on the same
 * bytes. Sample mode, so JMH reports the median (p0.50) and p0.90 beside the mean. Each method and size runs in a
 * fork of its own, so DSS (loaded in {@link EuDss}) never shares a JIT profile with Pactum.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
// Ten 1-second warm-up iterations (some thirty verifications on a busy machine) left Pactum's verification, and DSS's,
// several times slower than in steady state: the JIT needs a few hundred.
@Warmup(iterations = 20, time = 3)
@Measurement(iterations = 5, time = 4)
public class VerificationBenchmark {

    @Param({"100KB", "1MB", "10MB"})
    public String size;

    @Param({"1", "2"})
    public int signatures;

    private byte[] pdf;
    private TrustMaterial trust;

    @Setup
    public void readFile() {
        pdf = SignedAgreementFiles.pdf(size, signatures);
        trust = new TrustMaterial(List.of(SignedAgreementFiles.root()), List.of(SignedAgreementFiles.crl()));
        checkVerdicts();
    }

    /** DSS, loaded once per fork and only in the forks that measure it. */
    @State(Scope.Benchmark)
    public static class Dss {

        EuDss dss;
        List<byte[]> roots;
        List<byte[]> crls;

        @Setup
        public void load() throws CertificateEncodingException, CRLException {
            dss = new EuDss();
            roots = List.of(SignedAgreementFiles.root().getEncoded());
            crls = List.of(SignedAgreementFiles.crl().getEncoded());
        }
    }

    /** Checks once that both validators pass every signature of the file, so that the times compare like with like. */
    private void checkVerdicts() {
        List<SignatureReport> reports = SignatureVerifier.verify(pdf, trust, Instant.now());
        Map<String, Modification> changes = RevisionAnalysis.analyse(pdf);
        System.out.printf("%n%s, %d signature(s): %,d bytes, %d revisions; Pactum: %s, changes %s%n", size, signatures,
                pdf.length, Revisions.ends(pdf).size(),
                reports.stream().map(report -> report.indication() + " " + report.level()).toList(),
                changes.values().stream().map(Modification::level).toList());
        if (reports.size() != signatures || reports.stream().anyMatch(r -> r.indication() != Indication.TOTAL_PASSED)) {
            throw new IllegalStateException("Pactum does not pass the benchmark's file: " + reports);
        }
    }

    /** As Verification.verify does it, up to the register lookup, the JSON and the audit event. */
    @Benchmark
    public void pactum(Blackhole sink) {
        Instant now = Instant.now();
        try (ParsedDocument parsed = ParsedDocument.read(pdf, ParsingBudget.withDefaults())) {
            List<Long> ends = parsed.revisionEnds();
            FileDigests digests = parsed.digests().keepStatesAt(ends);
            sink.consume(SignatureVerifier.verifyAll(parsed, trust, now));
            sink.consume(RevisionAnalysis.analyse(parsed));
            sink.consume(HexFormat.of().formatHex(digests.prefix(pdf.length, "SHA-256")));
            for (long end : ends) {
                if (end > 0 && end < pdf.length) {
                    sink.consume(HexFormat.of().formatHex(digests.prefix(end, "SHA-256")));
                }
            }
        }
    }

    @Benchmark
    public List<Map<String, String>> dss(Dss dss) {
        List<Map<String, String>> verdicts = dss.dss.validate(pdf, dss.roots, dss.crls);
        if (verdicts.size() != signatures) {
            throw new IllegalStateException("DSS found " + verdicts.size() + " signatures: " + verdicts);
        }
        return verdicts;
    }
}

package org.pactum.benchmarks;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.pactum.pdf.agreement.AgreementDocument;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.RenderedAgreement;
import org.pactum.pdf.agreement.SampleAgreements;

/**
 * Rendering the three-page Russian–Kazakh Omsk–Pavlodar agreement (draft, with watermark) that AgreementPdfTest
 * checks, taken from pactum-pdf's test jar. One thread shows the cost of one render; two threads, on the project's
 * two-core machines, show whether renders scale or contend (the fonts are shared, parsed once).
 */
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AgreementPdfBenchmark {

    private AgreementDocument agreement;

    @Setup
    public void prepare() {
        agreement = SampleAgreements.omskPavlodar(true);
        RenderedAgreement once = AgreementPdf.render(agreement);
        System.out.println("PDF size: " + once.pdf().length + " bytes, signature slots: " + once.slots().size());
    }

    @Benchmark
    @Threads(1)
    public byte[] renderOneThread() {
        return AgreementPdf.render(agreement).pdf();
    }

    @Benchmark
    @Threads(2)
    public byte[] renderTwoThreads() {
        return AgreementPdf.render(agreement).pdf();
    }
}

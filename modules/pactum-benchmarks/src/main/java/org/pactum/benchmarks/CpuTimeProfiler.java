package org.pactum.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Adds the benchmark JVM's CPU time per operation ({@code cpu}) to each iteration's result. Our machines are shared
 * with builds and test servers; wall-clock time per operation then grows with whatever else runs, while the CPU time
 * the operation itself needs stays put. It includes the JVM's own threads (JIT, GC), which are idle once warmed up.
 * Use with {@code -prof org.pactum.benchmarks.CpuTimeProfiler}.
 */
public class CpuTimeProfiler implements InternalProfiler {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuBefore;

    @Override
    public String getDescription() {
        return "CPU time of the benchmark JVM per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuBefore = os.getProcessCpuTime();
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's interface declares the raw type
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long cpuNanos = os.getProcessCpuTime() - cpuBefore;
        long operations = result.getMetadata().getAllOps();
        if (operations <= 0 || cpuNanos < 0) {
            return List.of();
        }
        TimeUnit unit = benchmarkParams.getTimeUnit();
        double perOperation = (double) cpuNanos / operations / unit.toNanos(1);
        return List.of(new ScalarResult("cpu", perOperation, unitName(unit) + "/op", AggregationPolicy.AVG));
    }

    private static String unitName(TimeUnit unit) {
        return switch (unit) {
            case NANOSECONDS -> "ns";
            case MICROSECONDS -> "us";
            case MILLISECONDS -> "ms";
            case SECONDS -> "s";
            case MINUTES -> "min";
            case HOURS -> "hr";
            case DAYS -> "day";
        };
    }
}

package org.pactum.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * EU DSS 6.4 as pactum-dss-check builds it: its classes and its {@code target/dss-lib} (DSS with the BouncyCastle
 * 1.83 it works with) in a class loader of its own whose parent is the platform's, because with the BouncyCastle 1.86
 * of this jar DSS finds no signature. Called through JDK types only. The folder is
 * {@code -Dpactum.bench.dss-check} (a fork needs it in {@code -jvmArgsAppend}), by default
 * {@code modules/pactum-dss-check/target} below the directory the benchmarks run from.
 */
final class EuDss {

    private static final String ENTRY = "org.pactum.dsscheck.DssValidation";

    private final Method validate;
    private final ClassLoader loader;

    EuDss() {
        Path target = Path.of(System.getProperty("pactum.bench.dss-check", "modules/pactum-dss-check/target"));
        Path library = target.resolve("dss-lib");
        if (!Files.isDirectory(library) || !Files.isDirectory(target.resolve("classes"))) {
            throw new IllegalStateException(target.toAbsolutePath() + " holds no classes and dss-lib: build "
                    + "pactum-benchmarks with -am from the project's root, and run the benchmarks from there");
        }
        List<URL> urls = new ArrayList<>();
        urls.add(url(target.resolve("classes")));
        try (Stream<Path> jars = Files.list(library)) {
            jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().forEach(jar -> urls.add(url(jar)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loader = new URLClassLoader("dss", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        try {
            validate = loader.loadClass(ENTRY).getMethod("validate", byte[].class, List.class, List.class,
                    Instant.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("pactum-dss-check's entry point is missing", e);
        }
    }

    /** DSS's verdict per signature (indication, level, …), with {@code roots} trusted and {@code crls} at hand. */
    @SuppressWarnings("unchecked")
    List<Map<String, String>> validate(byte[] pdf, List<byte[]> roots, List<byte[]> crls) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return (List<Map<String, String>>) validate.invoke(null, pdf, roots, crls, null);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("DSS failed on the PDF: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}

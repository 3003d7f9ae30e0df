package org.pactum.verification.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * EU DSS's simple report on a PDF, as a second opinion. DSS needs the BouncyCastle it was built against, not
 * Pactum's, so it is loaded from pactum-dss-check's classes and the jars that module copies into its target/dss-lib,
 * in a class loader whose parent is the platform's, and called through JDK types only.
 */
final class DssVerdicts {

    private static final String VALIDATION = "org.pactum.dsscheck.DssValidation";
    private static Method validate;

    private DssVerdicts() {
    }

    /** DSS's verdict on one signature; {@code subIndication} is empty when there is none. */
    record Verdict(String indication, String subIndication, String level, String errors) {
    }

    /** DSS's verdicts on every signature of {@code pdf} (document timestamps aside), offline, as of now. */
    @SuppressWarnings("unchecked")
    static List<Verdict> of(byte[] pdf, List<X509Certificate> trusted, List<X509CRL> crls) {
        Method entry = entry();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(entry.getDeclaringClass().getClassLoader());
        try {
            List<Map<String, String>> signatures = (List<Map<String, String>>) entry.invoke(null, pdf,
                    trusted.stream().map(DssVerdicts::der).toList(), crls.stream().map(DssVerdicts::der).toList(),
                    null);
            return signatures.stream().map(one -> new Verdict(one.get("indication"), one.get("subIndication"),
                    one.get("level"), one.get("errors"))).toList();
        } catch (InvocationTargetException e) {
            throw new AssertionError("DSS failed on the PDF: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static synchronized Method entry() {
        if (validate != null) {
            return validate;
        }
        URL found = DssVerdicts.class.getClassLoader().getResource(VALIDATION.replace('.', '/') + ".class");
        if (found == null) {
            throw new IllegalStateException("pactum-dss-check is not on the test class path");
        }
        // Its target/classes when the module is built alone, its jar in target/ when the whole reactor is.
        Path classes;
        try {
            if ("jar".equals(found.getProtocol())) {
                classes = Path.of(URI.create(found.getPath().substring(0, found.getPath().indexOf("!/"))));
            } else {
                classes = Path.of(found.toURI());
                for (int level = 0; level < 4; level++) {
                    classes = classes.getParent();
                }
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path library = classes.resolveSibling("dss-lib");
        List<URL> path = new ArrayList<>();
        try (Stream<Path> jars = Files.list(library)) {
            path.add(classes.toUri().toURL());
            for (Path jar : jars.filter(file -> file.toString().endsWith(".jar")).sorted().toList()) {
                path.add(jar.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(library + " is missing: build pactum-dss-check first (test -am)", e);
        }
        try {
            ClassLoader dss = new URLClassLoader("dss", path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            validate = dss.loadClass(VALIDATION).getMethod("validate", byte[].class, List.class, List.class,
                    Instant.class);
            return validate;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("pactum-dss-check's entry point cannot be loaded", e);
        }
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] der(X509CRL crl) {
        try {
            return crl.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.pactum.signing.control;

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
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;

/**
 * The EU DSS validator as an independent second opinion on a signed PDF. DSS runs in a class loader of its own (parent:
 * the platform class loader) over pactum-dss-check's classes and its target/dss-lib, because with the BouncyCastle
 * Pactum uses DSS finds no signature at all; it is called through JDK types only. An answer with fewer signatures
 * than the PDF holds is an error, never an empty "no problems".
 */
final class DssCheck {

    private static final String ENTRY = "org.pactum.dsscheck.DssValidation";
    private static final PdfName DOCUMENT_TIMESTAMP = new PdfName("ETSI.RFC3161");

    private static Method validate;

    private DssCheck() {
    }

    /** What DSS says of one signature, e.g. TOTAL_PASSED, no sub-indication, PAdES-BASELINE-B. */
    record Signature(String indication, String subIndication, String level, String signedBy, String errors,
                     String warnings) {

        boolean passed() {
            return indication.equals("TOTAL_PASSED");
        }
    }

    /**
     * DSS's verdict on every signature of {@code pdf} (document timestamps aside), in order, with {@code roots} trusted
     * and {@code crls} as the only revocation data besides the PDF's own; nothing is fetched.
     */
    static List<Signature> validate(byte[] pdf, List<X509Certificate> roots, List<X509CRL> crls) {
        return validate(entry(), pdf, roots, crls);
    }

    /**
     * The same with {@code bouncyCastle}'s jars in DSS's class loader instead of the BouncyCastle DSS is built against:
     * only to show why DSS needs a class loader of its own.
     */
    static List<Signature> validateWithBouncyCastle(List<Path> bouncyCastle, byte[] pdf, List<X509Certificate> roots,
                                                    List<X509CRL> crls) {
        Method entry = load(bouncyCastle);
        try {
            return validate(entry, pdf, roots, crls);
        } finally {
            try {
                ((URLClassLoader) entry.getDeclaringClass().getClassLoader()).close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<Signature> validate(Method entry, byte[] pdf, List<X509Certificate> roots,
                                            List<X509CRL> crls) {
        List<byte[]> trusted = roots.stream().map(DssCheck::encoded).toList();
        List<byte[]> revocations = crls.stream().map(DssCheck::encoded).toList();
        List<Map<String, String>> answer = call(entry, pdf, trusted, revocations);
        int expected = signatureCount(pdf);
        if (answer.size() != expected) {
            throw new AssertionError("DSS found " + answer.size() + " signature(s) where the PDF has " + expected
                    + ": its report cannot be trusted (is a BouncyCastle it does not work with on its class path?)");
        }
        return answer.stream().map(signature -> new Signature(signature.get("indication"),
                signature.get("subIndication"), signature.get("level"), signature.get("signedBy"),
                signature.get("errors"), signature.get("warnings"))).toList();
    }

    /**
     * Asserts that {@code pdf} is signed and that DSS gives every signature TOTAL_PASSED at {@code level} (e.g.
     * {@code PAdES-BASELINE-B}, {@code PAdES-BASELINE-LTA}); returns DSS's verdicts.
     */
    static List<Signature> assertEveryPassed(byte[] pdf, List<X509Certificate> roots, List<X509CRL> crls,
                                             String level) {
        List<Signature> signatures = validate(pdf, roots, crls);
        if (signatures.isEmpty()) {
            throw new AssertionError("The PDF holds no signature for DSS to pass");
        }
        for (int i = 0; i < signatures.size(); i++) {
            Signature signature = signatures.get(i);
            if (!signature.passed() || !signature.level().equals(level)) {
                throw new AssertionError("DSS on signature " + (i + 1) + " of " + signatures.size() + ": expected "
                        + "TOTAL_PASSED at " + level + ", got " + signature);
            }
        }
        return signatures;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> call(Method entry, byte[] pdf, List<byte[]> trusted, List<byte[]> crls) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(entry.getDeclaringClass().getClassLoader());
        try {
            return (List<Map<String, String>>) entry.invoke(null, pdf, trusted, crls);
        } catch (InvocationTargetException e) {
            throw new AssertionError("DSS failed on the PDF: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Loads DSS once per JVM; the class loader stays open for the JVM's life, as the test classes' own do. */
    private static synchronized Method entry() {
        if (validate == null) {
            validate = load(List.of());
        }
        return validate;
    }

    /** DSS's entry point in a new class loader over target/dss-lib, its BouncyCastle replaced by {@code bouncyCastle} if given. */
    private static Method load(List<Path> bouncyCastle) {
        Path classes = entryLocation();
        Path library = classes.getParent().resolve("dss-lib");
        if (!Files.isDirectory(library)) {
            throw new IllegalStateException(library + " is missing: build pactum-dss-check (mvn test -am) first");
        }
        List<Path> path = new ArrayList<>();
        path.add(classes);
        try (Stream<Path> jars = Files.list(library)) {
            jars.filter(jar -> jar.toString().endsWith(".jar"))
                    .filter(jar -> bouncyCastle.isEmpty() || !jar.getFileName().toString().startsWith("bc"))
                    .sorted()
                    .forEach(path::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        path.addAll(bouncyCastle);
        List<URL> urls = new ArrayList<>();
        for (Path entry : path) {
            try {
                urls.add(entry.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        URLClassLoader loader = new URLClassLoader("dss", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        try {
            return loader.loadClass(ENTRY).getMethod("validate", byte[].class, List.class, List.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("pactum-dss-check's entry point is missing", e);
        }
    }

    /** Where pactum-dss-check's classes are (its target/classes or its jar), found without loading them here. */
    private static Path entryLocation() {
        String resource = ENTRY.replace('.', '/') + ".class";
        URL url = DssCheck.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("pactum-dss-check is not on the test class path");
        }
        try {
            return switch (url.getProtocol()) {
                case "file" -> {
                    Path file = Path.of(url.toURI());
                    Path root = file;
                    for (int i = 0; i < resource.split("/").length; i++) {
                        root = root.getParent();
                    }
                    yield root;
                }
                case "jar" -> Path.of(URI.create(url.getPath().substring(0, url.getPath().indexOf("!/"))));
                default -> throw new IllegalStateException("Cannot load DSS from " + url);
            };
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signatures the PDF holds, counted with OpenPDF: every signed field but document timestamps. */
    private static int signatureCount(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            AcroFields fields = reader.getAcroFields();
            int count = 0;
            for (String name : fields.getSignedFieldNames()) {
                PdfDictionary signature = fields.getSignatureDictionary(name);
                if (!DOCUMENT_TIMESTAMP.equals(signature.getAsName(PdfName.SUBFILTER))) {
                    count++;
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encoded(X509CRL crl) {
        try {
            return crl.getEncoded();
        } catch (CRLException e) {
            throw new IllegalStateException(e);
        }
    }
}

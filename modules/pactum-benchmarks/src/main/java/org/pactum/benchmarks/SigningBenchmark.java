package org.pactum.benchmarks;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
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
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.SampleAgreements;
import org.pactum.signing.control.DataToSign;
import org.pactum.signing.control.KeySource;
import org.pactum.signing.control.KeyStoreKeySource;
import org.pactum.signing.control.PadesSigning;
import org.pactum.signing.control.PendingSignature;

/**
 * One PAdES signature of the Omsk–Pavlodar agreement (final, 3 pages, pactum-pdf's sample) with an in-memory key
 * opened from a PKCS#12 file, beside the raw private-key operation over the same signed attributes, in the same run:
 * {@code sign} minus {@code keyOperation} is what the PDF and CMS work adds. {@code prepare} (reserve the field in a
 * new revision, hash the byte range, build the signed attributes) and {@code complete} (wrap the signature value in
 * the CMS, check it, write it into the hole) split that addition; {@code keyVerification} is the public-key
 * operation inside complete's check.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
// OpenPDF's reading and writing take the JIT longer to settle than the key operation: 3 warm-up seconds left prepare
// several times slower than in steady state on a busy 2-core machine, 10 did not.
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 2)
public class SigningBenchmark {

    private static final char[] PIN = "bench".toCharArray();

    @Param({"RSA-2048", "P-256"})
    public String key;

    private byte[] agreement;
    private Instant signingTime;
    private KeySource keySource;
    private PrivateKey privateKey;
    private List<X509Certificate> chain;
    private DataToSign dataToSign;
    private PendingSignature pending;
    private byte[] signatureValue;

    @Setup
    public void prepareKeyAndAgreement() throws Exception {
        KeyPair keys = keyPair();
        chain = List.of(selfCertified(keys));
        keySource = KeyStoreKeySource.openPkcs12(pkcs12(keys.getPrivate(), chain), PIN);
        privateKey = keys.getPrivate();
        agreement = AgreementPdf.render(SampleAgreements.omskPavlodar(false)).pdf();
        signingTime = Instant.now();
        pending = PadesSigning.prepare(agreement, "omsk-1", signingTime, chain);
        dataToSign = pending.dataToSign();
        signatureValue = keySource.sign(dataToSign.signedAttributes(), dataToSign.algorithm());
        System.out.println("PDF: " + agreement.length + " bytes, signed attributes: "
                + dataToSign.signedAttributes().length + " bytes, signed PDF: "
                + PadesSigning.complete(pending, signatureValue).length + " bytes");
    }

    /** The private-key operation alone: java.security.Signature over the signed attributes. */
    @Benchmark
    public byte[] keyOperation() throws Exception {
        Signature signature = Signature.getInstance(dataToSign.algorithm().jcaName());
        signature.initSign(privateKey);
        signature.update(dataToSign.signedAttributes());
        return signature.sign();
    }

    /** Verifying that signature value with the certificate's key, as complete's check of the CMS does. */
    @Benchmark
    public boolean keyVerification() throws Exception {
        Signature signature = Signature.getInstance(dataToSign.algorithm().jcaName());
        signature.initVerify(chain.getFirst().getPublicKey());
        signature.update(dataToSign.signedAttributes());
        return signature.verify(signatureValue);
    }

    /** A whole signature: prepare, the key signs (through the PKCS#12 key source), complete. */
    @Benchmark
    public byte[] sign() {
        return PadesSigning.sign(agreement, "omsk-1", signingTime, keySource);
    }

    @Benchmark
    public PendingSignature prepare() {
        return PadesSigning.prepare(agreement, "omsk-1", signingTime, chain);
    }

    @Benchmark
    public byte[] complete() {
        return PadesSigning.complete(pending, signatureValue);
    }

    private KeyPair keyPair() throws Exception {
        return switch (key) {
            case "RSA-2048" -> {
                KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
                rsa.initialize(2048);
                yield rsa.generateKeyPair();
            }
            case "P-256" -> {
                KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
                ec.initialize(new ECGenParameterSpec("secp256r1"));
                yield ec.generateKeyPair();
            }
            default -> throw new IllegalArgumentException("Unknown key " + key);
        };
    }

    private static X509Certificate selfCertified(KeyPair keys) throws Exception {
        X500Name name = new X500Name("CN=Omsk Governor,O=Pactum Benchmarks");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(30, ChronoUnit.DAYS)), name,
                keys.getPublic());
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        String algorithm = keys.getPrivate().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate())));
    }

    private static byte[] pkcs12(PrivateKey key, List<X509Certificate> chain) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("signer", key, PIN, chain.toArray(X509Certificate[]::new));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, PIN);
        return out.toByteArray();
    }
}

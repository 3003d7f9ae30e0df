package org.pactum.benchmarks;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.pactum.domain.language.Language;
import org.pactum.domain.text.Clause;
import org.pactum.pdf.agreement.AgreementDocument;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.SampleAgreements;
import org.pactum.signing.control.CertificateAuthority;
import org.pactum.signing.control.CertificatePurpose;
import org.pactum.signing.control.CertificateSubject;
import org.pactum.signing.control.KeyPairs;
import org.pactum.signing.control.KeyStoreKeySource;
import org.pactum.signing.control.LocalTimestampAuthority;
import org.pactum.signing.control.LongTermMaterial;
import org.pactum.signing.control.PadesSigning;
import org.pactum.signing.control.Pkcs12;
import org.pactum.signing.control.SignatureOptions;
import org.pactum.signing.control.Timestamping;

/**
 * The signed agreements the verification benchmark checks, made the way the demo signs: each party's stamped
 * signature (the first certifying) with a signature timestamp, then the security store and a document timestamp
 * (PAdES-BASELINE-LTA), all under one in-process root with a P-256 key per signer and an RSA time-stamping unit.
 * Three sizes: {@code 100KB} is the three-page Omsk–Pavlodar agreement; {@code 1MB} the same agreement with its
 * articles repeated until it is a long text of about a megabyte; {@code 10MB} the three pages followed by scanned
 * annexes (A4 JPEG scans at 300 dpi), which is what makes a real agreement that large.
 *
 * <p>The files are written once into a folder ({@code -Dpactum.bench.verification-dir}, by default
 * {@code pactum-verification-bench} in the temporary folder) and reused by every fork for a day, so that Pactum and
 * EU DSS, which run in different forks, check the very same bytes.
 */
public final class SignedAgreementFiles {

    public static final List<String> SIZES = List.of("100KB", "1MB", "10MB");
    private static final Duration REUSED_FOR = Duration.ofHours(20);
    private static final char[] PIN = "bench".toCharArray();

    private SignedAgreementFiles() {
    }

    /** The folder of the files, made now if missing or older than a day. */
    public static synchronized Path folder() {
        Path folder = Path.of(System.getProperty("pactum.bench.verification-dir",
                Path.of(System.getProperty("java.io.tmpdir"), "pactum-verification-bench").toString()));
        Path made = folder.resolve("made-at");
        try {
            if (!Files.exists(made) || Instant.parse(Files.readString(made).strip())
                    .isBefore(Instant.now().minus(REUSED_FOR))) {
                make(folder);
                Files.writeString(made, Instant.now().toString());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(String size, int signatures) {
        return read(folder().resolve(size + "-" + signatures + ".pdf"));
    }

    public static X509Certificate root() {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(Files.newInputStream(folder().resolve("root.der")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static X509CRL crl() {
        try {
            return (X509CRL) CertificateFactory.getInstance("X.509")
                    .generateCRL(Files.newInputStream(folder().resolve("root.crl")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void make(Path folder) throws IOException {
        Files.createDirectories(folder);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CertificateAuthority root = CertificateAuthority.root("CN=Pactum Benchmark Root CA,O=Pactum Benchmarks,C=RU",
                KeyPairs.rsa2048(), now.minus(1, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS));
        X509CRL crl = root.crl(now, now.plus(365, ChronoUnit.DAYS));
        KeyPair stampingKeys = KeyPairs.rsa2048();
        X509Certificate stamping = root.issue(stampingKeys.getPublic(),
                new CertificateSubject("Pactum Benchmark Time-Stamping Unit", "Pactum Benchmarks", "RU"),
                now.minus(1, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS), CertificatePurpose.TIMESTAMPING);
        LocalTimestampAuthority tsa = new LocalTimestampAuthority(stampingKeys.getPrivate(),
                List.of(stamping, root.certificate()), "1.3.6.1.4.1.99999.7", Clock.systemUTC());
        List<KeyStoreKeySource> signers = List.of(
                signer(root, "Соколов Андрей Викторович", "Правительство Омской области", "RU", now),
                signer(root, "Сейтжанов Нурлан Болатович", "Акимат Павлодарской области", "KZ", now));
        for (String size : SIZES) {
            byte[] pdf = unsigned(size);
            for (int party = 1; party <= 2; party++) {
                KeyStoreKeySource key = signers.get(party - 1);
                SignatureOptions options = new SignatureOptions("party-" + party, now.plusSeconds(party),
                        List.of(Language.RU, Language.KK), party == 1);
                byte[] signed = PadesSigning.sign(pdf, options, key, Timestamping.required(tsa)).pdf();
                List<X509Certificate> certificates = new ArrayList<>(key.certificateChain());
                certificates.add(stamping);
                pdf = PadesSigning.extend(signed, new LongTermMaterial(certificates, List.of(crl), List.of()),
                        Optional.of(tsa)).pdf();
                Files.write(folder.resolve(size + "-" + party + ".pdf"), pdf);
            }
        }
        try {
            Files.write(folder.resolve("root.der"), root.certificate().getEncoded());
            Files.write(folder.resolve("root.crl"), crl.getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStoreKeySource signer(CertificateAuthority root, String name, String organization,
                                            String country, Instant now) {
        KeyPair keys = KeyPairs.ecP256();
        X509Certificate certificate = root.issue(keys.getPublic(), new CertificateSubject(name, organization, country),
                now.minus(1, ChronoUnit.DAYS), now.plus(730, ChronoUnit.DAYS), CertificatePurpose.DOCUMENT_SIGNING);
        List<X509Certificate> chain = List.of(certificate, root.certificate());
        return KeyStoreKeySource.openPkcs12(Pkcs12.write("signer", keys.getPrivate(), chain, PIN), PIN);
    }

    private static byte[] unsigned(String size) {
        return switch (size) {
            case "100KB" -> AgreementPdf.render(SampleAgreements.omskPavlodar(false)).pdf();
            case "1MB" -> longAgreement(1_000_000);
            case "10MB" -> withScannedAnnexes(AgreementPdf.render(SampleAgreements.omskPavlodar(false)).pdf(),
                    10_000_000);
            default -> throw new IllegalArgumentException("Unknown size " + size);
        };
    }

    /** The agreement with its eleven articles repeated, as further numbered articles, until it reaches {@code bytes}. */
    private static byte[] longAgreement(int bytes) {
        int base = withRounds(0).length;
        int perRound = Math.max(1, withRounds(1).length - base);
        int rounds = Math.max(1, (bytes - base + perRound - 1) / perRound);
        byte[] pdf = withRounds(rounds);
        while (pdf.length < bytes) {
            pdf = withRounds(++rounds);
        }
        return pdf;
    }

    private static byte[] withRounds(int rounds) {
        List<Clause> articles = SampleAgreements.omskPavlodar(false).clauses();
        List<Clause> extra = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (Clause article : articles) {
                extra.add(new Clause(article.key() + "-" + round, article.heading(), article.text()));
            }
        }
        return AgreementPdf.render(SampleAgreements.omskPavlodar(false, List.of(Language.RU, Language.KK), extra)).pdf();
    }

    /** {@code pdf} with A4 pages of scanned annexes appended until it reaches {@code bytes}. */
    private static byte[] withScannedAnnexes(byte[] pdf, int bytes) {
        Random random = new Random(11);
        try {
            byte[] result = pdf;
            while (result.length < bytes) {
                PdfReader reader = new PdfReader(result);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                PdfStamper stamper = new PdfStamper(reader, out);
                int page = reader.getNumberOfPages() + 1;
                stamper.insertPage(page, PageSize.A4);
                Image scan = Image.getInstance(scan(random));
                scan.scaleAbsolute(PageSize.A4.getWidth(), PageSize.A4.getHeight());
                scan.setAbsolutePosition(0, 0);
                PdfContentByte content = stamper.getOverContent(page);
                content.addImage(scan);
                stamper.close();
                reader.close();
                result = out.toByteArray();
            }
            return result;
        } catch (Exception e) {
            throw new IllegalStateException("The annexes could not be added", e);
        }
    }

    /** A grey A4 page at 300 dpi with lines of "print" and paper grain: compresses as poorly as a real scan. */
    private static byte[] scan(Random random) throws IOException {
        int width = 2480;
        int height = 3508;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(238, 236, 228));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(40, 40, 48));
        for (int y = 300; y < height - 300; y += 70) {
            for (int x = 250; x < width - 250; ) {
                int word = 40 + random.nextInt(220);
                graphics.fillRect(x, y, Math.min(word, width - 250 - x), 28);
                x += word + 30;
            }
        }
        graphics.dispose();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int grain = random.nextInt(25) - 12;
                int rgb = row[x];
                int r = clamp(((rgb >> 16) & 0xff) + grain);
                int g = clamp(((rgb >> 8) & 0xff) + grain);
                int b = clamp((rgb & 0xff) + grain);
                row[x] = r << 16 | g << 8 | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

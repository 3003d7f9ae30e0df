package org.pactum.audit.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.pactum.domain.canonical.Sha256;

/**
 * The system's seal key: an ECDSA P-256 key pair in two PEM files (PKCS#8 private key, X.509 public key), used with
 * the JDK's signature API. The private key belongs outside the database's reach: whoever holds both can rewrite the
 * trail undetectably.
 */
public final class SealKey {

    public static final String ALGORITHM = "SHA256withECDSA";
    private static final String PRIVATE_PEM = "PRIVATE KEY";
    private static final String PUBLIC_PEM = "PUBLIC KEY";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    private SealKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = idOf(publicKey);
    }

    /** SHA-256 (hex) of the public key's X.509 encoding: names the key in each seal. */
    public static String idOf(PublicKey key) {
        return Sha256.hex(key.getEncoded());
    }

    public static SealKey load(Path privateKeyFile, Path publicKeyFile) throws IOException, GeneralSecurityException {
        KeyFactory ec = KeyFactory.getInstance("EC");
        PrivateKey privateKey = ec.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateKeyFile, PRIVATE_PEM)));
        PublicKey publicKey = readPublicKey(publicKeyFile);
        SealKey key = new SealKey(privateKey, publicKey);
        if (!key.verify("pactum seal key check", key.sign("pactum seal key check"))) {
            throw new GeneralSecurityException(privateKeyFile + " and " + publicKeyFile + " are not one key pair");
        }
        return key;
    }

    public static PublicKey readPublicKey(Path publicKeyFile) throws IOException, GeneralSecurityException {
        return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(readPem(publicKeyFile, PUBLIC_PEM)));
    }

    /** A new key pair written to the two files (private key readable by the owner only, where the file system allows). */
    public static SealKey generate(Path privateKeyFile, Path publicKeyFile) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(privateKeyFile.toAbsolutePath().getParent());
        Files.writeString(privateKeyFile, pem(PRIVATE_PEM, pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(privateKeyFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the directory's ACL applies.
        }
        Files.writeString(publicKeyFile, pem(PUBLIC_PEM, pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        return new SealKey(pair.getPrivate(), pair.getPublic());
    }

    public String sign(String content) throws GeneralSecurityException {
        Signature signer = Signature.getInstance(ALGORITHM);
        signer.initSign(privateKey);
        signer.update(content.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    boolean verify(String content, String signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance(ALGORITHM);
        verifier.initVerify(publicKey);
        verifier.update(content.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(signature));
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return keyId;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file, String type) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        int begin = text.indexOf("-----BEGIN " + type + "-----");
        int end = text.indexOf("-----END " + type + "-----");
        if (begin < 0 || end < begin) {
            throw new IOException(file + " is not a PEM file with a " + type);
        }
        String body = text.substring(begin + ("-----BEGIN " + type + "-----").length(), end);
        return Base64.getMimeDecoder().decode(body);
    }
}

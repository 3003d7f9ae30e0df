package org.pactum.signing.control;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TimeStampToken;
import org.pactum.domain.signature.TimestampUnavailableException;
import org.pactum.pdf.signature.DocumentTimestampFields;
import org.pactum.pdf.signature.EmbeddedSignature;
import org.pactum.pdf.signature.PreparedSignature;
import org.pactum.pdf.signature.SecurityStore;

/** B-LT and B-LTA over a signed PDF: the document security store, then the closing document timestamp. */
final class LongTermExtension {

    private LongTermExtension() {
    }

    static SignedPdf extend(byte[] signedPdf, LongTermMaterial material, Optional<TimestampAuthority> tsa) {
        List<EmbeddedSignature> signatures = EmbeddedSignature.readAll(signedPdf);
        if (signatures.stream().allMatch(EmbeddedSignature::isDocumentTimestamp)) {
            throw new IllegalArgumentException("The PDF has no signature to extend");
        }
        byte[] withStore = SecurityStore.append(signedPdf, material.validationData());
        if (tsa.isEmpty()) {
            PadesLevel level = everySignatureTimestamped(signatures) ? PadesLevel.B_LT : PadesLevel.B_B;
            return new SignedPdf(withStore, level, Optional.empty());
        }
        PreparedSignature prepared = DocumentTimestampFields.prepare(withStore, freeFieldName(signatures),
                DocumentTimestampFields.DEFAULT_CAPACITY);
        byte[] digest = prepared.sha256();
        byte[] token = tsa.get().timestamp(digest, "SHA-256");
        TimeStampToken read;
        try {
            read = TimestampTokens.read(token);
        } catch (IllegalArgumentException e) {
            throw new TimestampUnavailableException("The timestamp authority sent no timestamp token");
        }
        if (!NISTObjectIdentifiers.id_sha256.equals(read.getTimeStampInfo().getMessageImprintAlgOID())
                || !MessageDigest.isEqual(digest, read.getTimeStampInfo().getMessageImprintDigest())) {
            throw new TimestampUnavailableException("The timestamp authority stamped something else than the document");
        }
        return new SignedPdf(DocumentTimestampFields.embed(prepared, token), PadesLevel.B_LTA,
                Optional.of(TimestampTokens.time(read)));
    }

    /** Whether each signature has a timestamp of its own or lies under a document timestamp added after it. */
    private static boolean everySignatureTimestamped(List<EmbeddedSignature> inOrder) {
        boolean coveredLater = false;
        for (EmbeddedSignature signature : inOrder.reversed()) {
            if (signature.isDocumentTimestamp()) {
                coveredLater = true;
            } else if (!coveredLater && !hasSignatureTimestamp(signature)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasSignatureTimestamp(EmbeddedSignature signature) {
        try (ASN1InputStream in = new ASN1InputStream(signature.contents())) {
            byte[] cms = in.readObject().getEncoded(ASN1Encoding.DL);
            return SignatureTimestamps.findIn(cms).isPresent();
        } catch (IOException | RuntimeException e) {
            // An unreadable CMS or a token over something else proves no time.
            return false;
        }
    }

    private static String freeFieldName(List<EmbeddedSignature> signatures) {
        Set<String> taken = signatures.stream().map(EmbeddedSignature::fieldName).collect(Collectors.toSet());
        int number = (int) signatures.stream().filter(EmbeddedSignature::isDocumentTimestamp).count() + 1;
        while (taken.contains("timestamp-" + number)) {
            number++;
        }
        return "timestamp-" + number;
    }
}

package org.pactum.verification.control;

import java.io.IOException;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;

/** A CMS read from a signature's {@code /Contents}, which pads the DER with zeros up to the size reserved for it. */
final class PaddedCms {

    private PaddedCms() {
    }

    static CMSSignedData read(byte[] contents) throws IOException, CMSException {
        return new CMSSignedData(contentInfo(contents));
    }

    /** The first DER object of {@code contents}, without the padding after it. */
    static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            ASN1Primitive first = in.readObject();
            if (first == null) {
                throw new IOException("empty");
            }
            return ContentInfo.getInstance(first);
        }
    }
}

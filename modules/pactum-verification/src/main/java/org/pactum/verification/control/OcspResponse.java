package org.pactum.verification.control;

import org.bouncycastle.cert.ocsp.BasicOCSPResp;

/**
 * An OCSP response with where it came from ({@code origin}: the document security store, the CMS, or the responder's
 * address), so that a verdict can name the source it rests on.
 */
record OcspResponse(BasicOCSPResp basic, String origin) {
}

package org.pactum.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pactum.audit.boundary.CertificateSeal;
import org.pactum.signing.boundary.PlatformSeal;

/**
 * Joins the audit trail's certificates of completion to the signing capability's platform seal, which neither module
 * knows of the other: both doors a certificate leaves by (the REST API and the agreement page) seal it the same way.
 */
@ApplicationScoped
public class CertificateSealing {

    @Inject
    PlatformSeal platformSeal;

    /** The platform's seal when its key is at hand; else null, and the certificate is issued unsealed, saying so. */
    CertificateSeal current() {
        return platformSeal.available() ? platformSeal::seal : null;
    }
}

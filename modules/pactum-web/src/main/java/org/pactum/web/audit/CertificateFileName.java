package org.pactum.web.audit;

import java.util.List;

import org.pactum.audit.boundary.CompletionCertificateDownload;
import org.pactum.domain.agreement.Agreement;
import org.pactum.web.download.DownloadName;

/**
 * The name a certificate of completion is offered under: the PDF in its language, e.g.
 * {@code МС-2026-002 аяқталу сертификаты (kk).pdf}; the JSON form, which has no language, in the agreement's first.
 */
final class CertificateFileName {

    private CertificateFileName() {
    }

    static String of(Agreement agreement, CompletionCertificateDownload download) {
        String number = DownloadName.shownNumber(agreement);
        if (download.language() == null) {
            return DownloadName.CERTIFICATE.name(number, agreement.languages().stream().findFirst().orElse(null), List.of(), 0,
                    "json");
        }
        return DownloadName.CERTIFICATE.name(number, List.of(download.language()), 0, "pdf");
    }
}

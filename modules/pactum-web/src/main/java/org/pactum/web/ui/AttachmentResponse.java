package org.pactum.web.ui;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import org.pactum.web.certificate.CompletionCertificateDownload;

/**
 * Answers a button on a page with a file instead of the next page. Called before anything of the page is written,
 * so the headers are still free to set; afterwards Faces is told the response is complete and renders nothing.
 */
final class AttachmentResponse {

    private AttachmentResponse() {
    }

    static void send(CompletionCertificateDownload download) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.setResponseContentType(download.contentType());
        external.setResponseContentLength(download.content().length);
        // The name is reduced to safe characters where it is made (CompletionCertificatePdf), so quoting suffices.
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
        // Each press issues, and records, a new document: no cache may answer the next one.
        external.setResponseHeader("Cache-Control", "no-store");
        if (download.language() != null) {
            external.setResponseHeader("Content-Language", download.language().code());
        }
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(download.content());
        }
        faces.responseComplete();
    }
}

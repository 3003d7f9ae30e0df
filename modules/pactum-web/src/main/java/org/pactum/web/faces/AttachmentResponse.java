package org.pactum.web.faces;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import org.pactum.web.download.ContentDisposition;
import org.pactum.web.security.SecurityHeadersFilter;

/**
 * Answers a button on a page with a file instead of the next page. Called before anything of the page is written,
 * so the headers are still free to set; afterwards Faces is told the response is complete and renders nothing.
 */
public final class AttachmentResponse {

    private AttachmentResponse() {
    }

    /**
     * @param fileName already reduced to safe characters where it is made (CompletionCertificatePdf,
     *                 PrintedAgreement), so quoting suffices
     * @param language the document's language, or null
     */
    public static void send(byte[] content, String contentType, String fileName, String language) throws IOException {
        write(content, contentType, "attachment; filename=\"" + fileName + "\"", language, false);
    }

    /** @param language the document's language, or null */
    public static void send(byte[] content, String contentType, ContentDisposition disposition, String language)
            throws IOException {
        write(content, contentType, disposition.header(), language, "inline".equals(disposition.type()));
    }

    /**
     * Answers with a document the browser shows in place, in a frame of one of Pactum's own pages (the editor's
     * preview): framing by the same origin is allowed for this answer only.
     */
    public static void inline(byte[] content, String contentType, String fileName) throws IOException {
        write(content, contentType, "inline; filename=\"" + fileName + "\"", null, true);
    }

    private static void write(byte[] content, String contentType, String disposition, String language, boolean framed)
            throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", disposition);
        if (framed) {
            SecurityHeadersFilter.allowSameOriginFraming(external::setResponseHeader);
        }
        // Certificates are issued and recorded anew on each press, previews follow the draft: never from a cache.
        external.setResponseHeader("Cache-Control", "no-store");
        if (language != null) {
            external.setResponseHeader("Content-Language", language);
        }
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(content);
        }
        faces.responseComplete();
    }
}

package org.pactum.web.faces;

import java.io.IOException;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a page whose address names nothing that exists (an unknown template, agreement or revision) with the
 * ordinary not-found page, as for any unknown address: an edited or outdated link deserves no error report.
 */
public final class NotFoundResponse {

    private NotFoundResponse() {
    }

    public static void send(String subject) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseSendError(HttpServletResponse.SC_NOT_FOUND, subject);
        faces.responseComplete();
    }
}

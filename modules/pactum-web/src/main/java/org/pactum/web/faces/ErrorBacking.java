package org.pactum.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/**
 * Tells the error page which of its messages fits. A form sent from a page kept open past the session's end is the
 * usual "error" people meet: it deserves "open the page again", not "something went wrong".
 */
@Named
@RequestScoped
public class ErrorBacking {

    /** Request attribute: a form's view state was refused (org.pactum.web.session.ExpiredLoginHandler). */
    public static final String PAGE_EXPIRED = ErrorBacking.class.getName() + ".pageExpired";

    public boolean isPageExpired() {
        var request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        if (Boolean.TRUE.equals(request.get(PAGE_EXPIRED))) {
            return true;
        }
        Object error = request.get(RequestDispatcher.ERROR_EXCEPTION);
        for (Throwable cause = (Throwable) error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }
}

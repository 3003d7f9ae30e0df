package org.pactum.web.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import org.pactum.web.faces.ErrorBacking;
import org.pactum.web.faces.PageMessages;

/**
 * A login form sent after its session ended (left open over lunch, or the server restarted) cannot be restored:
 * its view state is gone. That is no error for the user — the login page is shown again, asking to sign in once more.
 * The view state stays required, so a login form posted from another site is refused, not accepted.
 * A form of any other page whose view state is unknown — expired with the session, or forged — gets the error page
 * saying "open the page again" (400), and the log one line, not the stack trace of an unhandled exception.
 */
public class ExpiredLoginHandler extends ExceptionHandlerWrapper {

    static final String LOGIN_VIEW = "/login.xhtml";

    private static final Logger LOG = Logger.getLogger(ExpiredLoginHandler.class.getName());

    public ExpiredLoginHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable problem = events.next().getContext().getException();
            if (problem instanceof ViewExpiredException expired && LOGIN_VIEW.equals(expired.getViewId())) {
                events.remove();
                showLoginAgain(faces);
            } else if (problem instanceof ViewExpiredException expired) {
                events.remove();
                showPageExpired(faces, expired);
            }
        }
        super.handle();
    }

    private static void showPageExpired(FacesContext faces, ViewExpiredException expired) {
        ExternalContext external = faces.getExternalContext();
        LOG.info(() -> "Refused a form sent to " + expired.getViewId() + " from " + remoteAddress(external)
                + ": its view state is expired or unknown");
        external.getRequestMap().put(ErrorBacking.PAGE_EXPIRED, Boolean.TRUE);
        try {
            external.responseSendError(400, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send the error page", e);
        }
        faces.responseComplete();
    }

    private static String remoteAddress(ExternalContext external) {
        return external.getRequest() instanceof jakarta.servlet.ServletRequest request ? request.getRemoteAddr() : "?";
    }

    private static void showLoginAgain(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        PageMessages.error("login.expired");
        try {
            external.redirect(external.getRequestContextPath() + LOGIN_VIEW);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send the login page again", e);
        }
        faces.responseComplete();
    }
}

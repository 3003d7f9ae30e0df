package org.pactum.web.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import org.pactum.web.faces.PageMessages;

/**
 * A login form sent after its session ended (left open over lunch, or the server restarted) cannot be restored:
 * its view state is gone. That is no error for the user — the login page is shown again, asking to sign in once more.
 * The view state stays required, so a login form posted from another site is refused, not accepted.
 * Expired views of other pages go on to the error page, which says "open the page again".
 */
public class ExpiredLoginHandler extends ExceptionHandlerWrapper {

    static final String LOGIN_VIEW = "/login.xhtml";

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
            }
        }
        super.handle();
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

package org.pactum.web.session;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registers {@link ExpiredLoginHandler} (faces-config.xml) in front of the standard exception handling. */
public class ExpiredLoginHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredLoginHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredLoginHandler(getWrapped().getExceptionHandler());
    }
}

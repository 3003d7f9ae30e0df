package org.pactum.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The authentication mechanism answers before any servlet filter runs — the redirect to the login page, a 401 — so
 * {@link SecurityHeadersFilter}'s headers are set here first, for every request.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class AnsweredWithHeaders implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        SecurityHeadersFilter.apply(request, response);
        return mechanism.validateRequest(request, response, context);
    }
}

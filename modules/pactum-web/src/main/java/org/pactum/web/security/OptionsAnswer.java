package org.pactum.web.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * OPTIONS on an API address answers 204 with the methods it takes in {@code Allow}, and nothing else: Jersey's own
 * answer would carry a WADL document describing the resource.
 */
@Provider
public class OptionsAnswer implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if ("OPTIONS".equals(request.getMethod()) && response.getStatus() == 200
                && response.getHeaderString(HttpHeaders.ALLOW) != null) {
            response.setStatus(204);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }
}

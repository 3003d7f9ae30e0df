package org.pactum.web.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

/**
 * The deployment's address on loopback. The Arquillian adapter reports the machine's own host name, but the server
 * listens on 127.0.0.1 only (config/payara/pre-boot-loopback.asadmin), and tests talk to loopback only.
 */
public final class Loopback {

    private Loopback() {
    }

    /** The base URI with host 127.0.0.1 and a trailing slash. */
    public static URI of(URL deployment) {
        try {
            URI reported = deployment.toURI();
            String path = reported.getPath() == null || reported.getPath().isEmpty() ? "/" : reported.getPath();
            return new URI(reported.getScheme(), null, "127.0.0.1", reported.getPort(), path.endsWith("/") ? path : path + "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a deployment URL: " + deployment, e);
        }
    }
}

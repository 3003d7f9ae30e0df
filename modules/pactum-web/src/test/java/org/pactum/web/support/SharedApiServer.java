package org.pactum.web.support;

import java.net.MalformedURLException;
import java.net.URL;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.pactum.fixtures.PostgresServer;
import org.pactum.web.postgresql.PostgresqlRun;

/**
 * One Payara Micro with the built WAR, as the Arquillian tests have it, for the API test classes that read the demo
 * data and change only what they made themselves (or put back what they changed): a boot per class cost 20-30 s of
 * the suite each. Hands a test the application's {@link URL}. Kept in the root store, which stops the server when the
 * test JVM's run ends. In the failsafe execution "postgresql" the server runs on a fresh database of that run's
 * PostgreSQL, so these classes run on both databases at the cost of one boot each. A class whose assertions depend on
 * what no other class did, or that adds to the WAR, keeps a deployment of its own; the browser tests share another
 * server ({@code SharedServerAndBrowser}), so that their pages never show this one's test data.
 */
public final class SharedApiServer implements ParameterResolver {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(SharedApiServer.class);

    /** Apart from the database {@code pactum_it} of the Arquillian deployments, which each of their boots drops. */
    private static final String POSTGRESQL_DATABASE = "pactum_shared_api";

    /**
     * Every request of every class comes from 127.0.0.1, so the wrong passwords that several classes try on purpose
     * (each locking a username of its own) would add up to the address's lock (20 by default), which refuses every
     * later sign-in from there. The address lock itself is unit-tested (InMemorySignInThrottleTest). The deadline
     * scheduler polls every 2 s, as in arquillian.xml, so that a stage due in seconds escalates within a test's
     * patience (RoutingApiIT); the stages of the other classes' routes are due in days.
     */
    private static PayaraMicroSettings settings() {
        return database().with("pactum.security.sign-in.address.failures", "1000")
                .with("pactum.routing.scheduler.polling-seconds", "2");
    }

    private static PayaraMicroSettings database() {
        if (!PostgresqlRun.asked()) {
            return PayaraMicroSettings.standalone("shared-api-server",
                    BuiltWarOnPayaraMicro.dataDirectory("shared-api-server"));
        }
        PostgresServer postgresql = PostgresqlRun.server();
        return PayaraMicroSettings.onPostgres("shared-api-server-postgresql",
                BuiltWarOnPayaraMicro.dataDirectory("shared-api-server-postgresql"),
                postgresql.freshDatabase(POSTGRESQL_DATABASE), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == URL.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        BuiltWarOnPayaraMicro server = context.getRoot().getStore(HERE).getOrComputeIfAbsent(BuiltWarOnPayaraMicro.class,
                key -> BuiltWarOnPayaraMicro.start(settings()), BuiltWarOnPayaraMicro.class);
        try {
            return server.base().toURL();
        } catch (MalformedURLException e) {
            throw new ParameterResolutionException("not a URL: " + server.base(), e);
        }
    }
}

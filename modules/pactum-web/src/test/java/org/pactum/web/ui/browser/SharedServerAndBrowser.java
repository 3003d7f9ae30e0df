package org.pactum.web.ui.browser;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.pactum.web.support.Api;
import org.pactum.web.support.BuiltWarOnPayaraMicro;

/**
 * One Payara Micro with the built WAR and one headless Chromium for every browser test class of the test JVM: a
 * server boot per class would cost 15-30 s each. Both are kept in the root store, which closes them when the run
 * ends. Hands a test a {@link BrowserUser} who is signed out, and an {@link Api} on the same server.
 * Classes share the server's data, so a test makes what it changes, or changes only what no other test reads.
 */
final class SharedServerAndBrowser implements ParameterResolver {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(SharedServerAndBrowser.class);

    /** The server and the browser; closed by JUnit with the root store, the browser first. */
    private record Running(BuiltWarOnPayaraMicro server, HeadlessChromium chromium) implements AutoCloseable {

        /** The browser starts while the server boots. */
        static Running start() {
            CompletableFuture<HeadlessChromium> chromium = CompletableFuture.supplyAsync(HeadlessChromium::start);
            BuiltWarOnPayaraMicro server;
            try {
                server = BuiltWarOnPayaraMicro.start();
            } catch (RuntimeException | Error failed) {
                chromium.thenAccept(HeadlessChromium::close);
                throw failed;
            }
            try {
                return new Running(server, chromium.join());
            } catch (RuntimeException failed) {
                server.close();
                throw failed;
            }
        }

        @Override
        public void close() {
            try {
                chromium.close();
            } finally {
                server.close();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == BrowserUser.class || type == Api.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = context.getRoot().getStore(HERE).getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
        URI base = running.server().base();
        if (parameter.getParameter().getType() == Api.class) {
            try {
                return new Api(base.toURL());
            } catch (MalformedURLException e) {
                throw new ParameterResolutionException("not a URL: " + base, e);
            }
        }
        BrowserUser user = new BrowserUser(running.chromium(), base);
        user.forget();
        return user;
    }
}

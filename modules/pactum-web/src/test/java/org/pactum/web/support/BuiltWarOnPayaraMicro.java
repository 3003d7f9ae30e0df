package org.pactum.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.pactum.fixtures.FreePort;

/**
 * The built WAR on a Payara Micro of its own, started as the Arquillian adapter starts it (see arquillian.xml): demo
 * mode, loopback only, a free port, and by default a fresh in-memory database and no cluster; other databases, data
 * directories and cluster options through {@link PayaraMicroSettings}. For test classes that share one server instead
 * of booting one each, and for those that need several; a server lives until {@link #close()}, {@link #kill()} or the
 * end of the test JVM.
 */
public final class BuiltWarOnPayaraMicro implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(240);

    private final Process process;
    private final URI base;
    private final Path console;
    private final Thread stopAtExit;

    private BuiltWarOnPayaraMicro(Process process, URI base, Path console) {
        this.process = process;
        this.base = base;
        this.console = console;
        // Should the test JVM end without closing the server, the server must not outlive it.
        this.stopAtExit = new Thread(this::stop, "stop-payara-micro");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** Starts the server and returns once the application answers. */
    public static BuiltWarOnPayaraMicro start() {
        return start(PayaraMicroSettings.standalone("shared-server", dataDirectory("shared-server")));
    }

    /** A data directory of that name, apart from the Arquillian tests': their servers may run at the same time. */
    public static Path dataDirectory(String name) {
        return existing("pactum.war", "target/ROOT.war").toAbsolutePath().getParent().resolve("it-data").resolve(name);
    }

    /** Starts the server as the settings say and returns once the application answers. */
    public static BuiltWarOnPayaraMicro start(PayaraMicroSettings settings) {
        BuiltWarOnPayaraMicro server = launch(settings);
        try {
            server.awaitAnswer();
        } catch (RuntimeException | Error failed) {
            server.close();
            throw failed;
        }
        return server;
    }

    /** Starts the server and returns at once; {@link #awaitAnswer()} waits for it (so that several boot together). */
    public static BuiltWarOnPayaraMicro launch(PayaraMicroSettings settings) {
        Path war = existing("pactum.war", "target/ROOT.war");
        Path microJar = existing("payara.microJar", "target/payara-micro.jar");
        Path preboot = existing("pactum.preboot", "../../config/payara/pre-boot-loopback.asadmin");
        Path data = settings.dataDirectory();
        int port = FreePort.onLoopback();
        Path console = war.toAbsolutePath().getParent().resolve("it-data").resolve("consoles")
                .resolve(settings.name() + "-" + port + ".log");
        try {
            Files.createDirectories(data);
            Files.createDirectories(console.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + data, e);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dhazelcast.socket.bind.any=false", "-Dpactum.mode=demo", "-Dpactum.data.dir=" + data));
        settings.properties().forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-Xmx768m", "-jar", microJar.toString(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", String.valueOf(port)));
        command.addAll(settings.options());
        command.addAll(List.of("--prebootcommandfile", preboot.toString()));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        return new BuiltWarOnPayaraMicro(process, URI.create("http://127.0.0.1:" + port + "/"), console);
    }

    /** Ends the server at once, as SIGKILL would: no shutdown, no goodbye to the cluster. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the console says so far that it contains {@code text}. */
    public boolean saidSoFar(String text) {
        try {
            return Files.readString(console, StandardCharsets.UTF_8).contains(text);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The console output, its last lines. */
    public String consoleTail() {
        return tail(console);
    }

    /** The application's address on loopback, with a trailing slash. */
    public URI base() {
        return base;
    }

    /** Returns once the application answers; a server that fails to is stopped. */
    public void awaitAnswer() {
        // The start page sends an anonymous visitor on to signing in: only the deployed application answers so.
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest start = HttpRequest.newBuilder(base).timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro ended with " + process.exitValue() + " before answering:\n" + tail(console));
            }
            try {
                HttpResponse<Void> answer = http.send(start, HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200 && answer.previousResponse().isPresent()) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Payara Micro", e);
            }
            pause();
        }
        throw new IllegalStateException("Payara Micro did not answer within " + STARTUP + ":\n" + tail(console));
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // the JVM is already ending; the hook stops the server anyway
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path existing(String property, String standardPath) {
        Path file = Path.of(System.getProperty(property, standardPath));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " does not exist: run the integration tests with `mvn verify`");
        }
        return file;
    }

    private static String tail(Path console) {
        try {
            List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no console output: " + e.getMessage() + ")";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

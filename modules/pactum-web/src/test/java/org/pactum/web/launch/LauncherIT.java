package org.pactum.web.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pactum.fixtures.Directories;
import org.pactum.fixtures.FreePort;
import org.pactum.web.support.Api;

/**
 * Starts Pactum exactly as README.md says ({@code ./pactum run}), on a free loopback port and a fresh data directory,
 * and checks the promises of a first start: health UP and the login page within 90 seconds, an agreement created
 * through the API survives a restart, demo data is loaded once, production mode refuses the demo users, and a start
 * takes the JVM's AOT cache made by {@code ./pactum aot} and ignores one the JVM cannot read.
 */
class LauncherIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    private static final Duration FIRST_START = Duration.ofSeconds(90);
    /** The JVM's unified log pads the level: {@code [0.137s][error  ][aot] Unable to map shared spaces}. */
    private static final Pattern AOT_ERROR = Pattern.compile("\\[error *\\]\\[aot");

    private Process running;

    @AfterEach
    void stop() throws InterruptedException {
        if (running != null && running.isAlive()) {
            running.destroy();
            running.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void an_agreement_created_through_the_api_survives_a_restart_and_demo_data_is_loaded_once() throws Exception {
        Path data = Directories.fresh(target("launcher-data"));
        int port = FreePort.onLoopback();
        Api api = new Api(new URL("http://127.0.0.1:" + port + "/"));

        running = start(port, data, "demo");
        awaitUp(api, port, data);
        long demoAgreements = total(api);
        assertTrue(demoAgreements >= 7, "demo agreements are loaded on first start");

        Api.Reply anonymous = api.post("api/v1/agreements", null, "{}");
        assertEquals(401, anonymous.status(), anonymous::toString);
        Api.Reply auditor = api.post("api/v1/agreements", "auditor", "{}");
        assertEquals(403, auditor.status(), auditor::toString);
        long party0 = partyId(api, 0);
        long party1 = partyId(api, 1);
        Api.Reply created = api.post("api/v1/agreements", "drafter", """
                {"kind":"SISTER_CITY_AGREEMENT","languages":["ru","kk"],
                 "title":{"ru":"Соглашение, которое переживёт перезапуск","kk":"Қайта іске қосудан кейін сақталатын келісім"},
                 "partyIds":[%d,%d],"areas":["CULTURE"],"term":{"years":5,"autoRenewal":true}}""".formatted(party0, party1));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();

        stopAndWait();
        running = start(port, data, "demo");
        awaitUp(api, port, data);

        Api.Reply reread = api.get("api/v1/agreements/" + id, "auditor");
        assertEquals(200, reread.status(), reread::toString);
        JsonObject title = reread.json().getJsonObject("title");
        assertEquals("Қайта іске қосудан кейін сақталатын келісім", title.getString("kk"));
        assertEquals(demoAgreements + 1, total(api), "the restart loaded no demo data twice");
    }

    @Test
    void production_mode_refuses_to_start_while_demo_users_can_sign_in() throws Exception {
        Path data = Directories.fresh(target("launcher-production"));
        int port = FreePort.onLoopback();
        Api api = new Api(new URL("http://127.0.0.1:" + port + "/"));
        running = start(port, data, "demo");
        awaitUp(api, port, data);
        stopAndWait();

        running = start(port, data, "production");
        assertTrue(running.waitFor(120, TimeUnit.SECONDS), "the launcher gives up by itself");
        assertNotEquals(0, running.exitValue());
        String log = Files.readString(data.resolve("server.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("Refusing to start in production mode"), "the log says why");
        assertEquals(-1, probe(port), "nothing keeps serving");
    }

    @Test
    void a_start_with_the_aot_cache_is_up_and_a_cache_the_jvm_cannot_read_is_ignored() throws Exception {
        Path cache = REPOSITORY.resolve("modules/pactum-web/target/payara-runtime/pactum.aot");
        Path data = Directories.fresh(target("launcher-aot"));
        Path launcherOutput = data.resolveSibling(data.getFileName() + "-launcher.txt");
        Files.deleteIfExists(launcherOutput);
        Process training = new ProcessBuilder(REPOSITORY.resolve("pactum").toString(), "aot")
                .directory(REPOSITORY.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(launcherOutput.toFile())).start();
        assertTrue(training.waitFor(10, TimeUnit.MINUTES), "the training ends");
        assertTrue(Files.size(cache) > 0, "./pactum aot made the cache");
        int port = FreePort.onLoopback();
        Api api = new Api(new URL("http://127.0.0.1:" + port + "/"));

        running = start(port, data, "demo");
        awaitUp(api, port, data);
        assertTrue(Files.readString(launcherOutput).contains("with the JVM's AOT cache"), "the launcher offered the cache");
        assertFalse(AOT_ERROR.matcher(Files.readString(data.resolve("server.log"))).find(), "the JVM took the cache");
        stopAndWait();

        // A cache of another JVM build reads as garbage to this one: the JVM must start without it.
        byte[] trained = Files.readAllBytes(cache);
        try {
            Files.write(cache, "not an AOT cache".getBytes(StandardCharsets.US_ASCII));
            running = start(port, data, "demo");
            awaitUp(api, port, data);
            assertTrue(AOT_ERROR.matcher(Files.readString(data.resolve("server.log"))).find(), "the JVM said it ignored it");
            assertTrue(total(api) >= 7, "and serves as before");
        } finally {
            Files.write(cache, trained);
        }
    }

    private Process start(int port, Path data, String mode) throws IOException {
        ProcessBuilder launcher = new ProcessBuilder(REPOSITORY.resolve("pactum").toString(), "run")
                .directory(REPOSITORY.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolveSibling(data.getFileName() + "-launcher.txt").toFile()));
        launcher.environment().put("PACTUM_HTTP_PORT", Integer.toString(port));
        launcher.environment().put("PACTUM_DATA_DIR", data.toString());
        launcher.environment().put("PACTUM_MODE", mode);
        return launcher.start();
    }

    private void awaitUp(Api api, int port, Path data) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(FIRST_START);
        while (Instant.now().isBefore(deadline)) {
            if (!running.isAlive()) {
                fail("./pactum run ended with " + running.exitValue() + "; see " + data.resolve("server.log"));
            }
            if (probe(port) == 200 && api.get("login.xhtml", null).status() == 200) {
                return;
            }
            Thread.sleep(500);
        }
        fail("Pactum was not up within " + FIRST_START.toSeconds() + " s; see " + data.resolve("server.log"));
    }

    /** The status of /health, or -1 when nothing answers. */
    private static int probe(int port) {
        try {
            var connection = (java.net.HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/health").toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            return connection.getResponseCode();
        } catch (IOException nothingThere) {
            return -1;
        }
    }

    private void stopAndWait() throws InterruptedException {
        running.destroy();
        assertTrue(running.waitFor(60, TimeUnit.SECONDS), "./pactum run stops on SIGTERM");
    }

    private static long total(Api api) {
        Api.Reply reply = api.get("api/v1/agreements?size=1", "auditor");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonNumber("total").longValue();
    }

    private static long partyId(Api api, int index) {
        return api.get("api/v1/parties", "drafter").array().getJsonObject(index).getJsonNumber("id").longValue();
    }

    private static Path target(String name) {
        return Path.of("target", name).toAbsolutePath();
    }
}

package org.pactum.web.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.pactum.fixtures.Directories;
import org.pactum.fixtures.FreePort;
import org.pactum.web.support.Api;

/**
 * Starts Pactum exactly as README.md says ({@code ./pactum run}), on a free loopback port and a fresh data directory,
 * and follows one installation through the promises of a first start: a start takes the JVM's AOT cache made by
 * {@code ./pactum aot}, health is UP and the login page answers within 90 seconds, an agreement created through the
 * API survives a restart, demo data is loaded once, a cache the JVM cannot read is ignored, and production mode
 * refuses the demo users.
 * <p>
 * The tests are the steps of that one story, in order, and share its server: each start of Payara Micro costs 20-30 s,
 * and the story needs the training and three starts where a test per promise needed the training and six.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    private static final Path CACHE = REPOSITORY.resolve("modules/pactum-web/target/payara-runtime/pactum.aot");
    /** Where the trained cache waits while the JVM is given one it cannot read. */
    private static final Path TRAINED_CACHE = CACHE.resolveSibling("pactum.aot.trained");
    private static final Duration FIRST_START = Duration.ofSeconds(90);
    /** The JVM's unified log pads the level: {@code [0.137s][error  ][aot] Unable to map shared spaces}. */
    private static final Pattern AOT_ERROR = Pattern.compile("\\[error *\\]\\[aot");
    private static final String KAZAKH_TITLE = "Қайта іске қосудан кейін сақталатын келісім";

    private Path output;
    private Path data;
    private int port;
    private Api api;
    private Process running;
    private long demoAgreements;
    private long agreementId;
    private String failedStep;

    /** A step builds on the ones before it: after a failure the later steps are skipped, not failed for its sake. */
    @RegisterExtension
    final TestWatcher story = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            failedStep = context.getDisplayName();
        }
    };

    @BeforeAll
    void freshInstallation() throws IOException {
        output = Directories.fresh(Path.of("target", "launcher").toAbsolutePath());
        data = output.resolve("data");
        port = FreePort.onLoopback();
        api = new Api(new URL("http://127.0.0.1:" + port + "/"));
    }

    @BeforeEach
    void earlierStepsPassed() {
        assumeTrue(failedStep == null, () -> "skipped: the earlier step " + failedStep + " failed");
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (running != null && running.isAlive()) {
            running.destroy();
            running.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(1)
    void aot_makes_the_jvms_aot_cache() throws Exception {
        Path launcherOutput = output.resolve("aot.txt");
        Process training = new ProcessBuilder(REPOSITORY.resolve("pactum").toString(), "aot")
                .directory(REPOSITORY.toFile()).redirectErrorStream(true)
                .redirectOutput(launcherOutput.toFile()).start();
        assertTrue(training.waitFor(10, TimeUnit.MINUTES), "the training ends");
        assertTrue(Files.isRegularFile(CACHE) && Files.size(CACHE) > 0, () -> "./pactum aot made the cache; see " + launcherOutput);
    }

    @Test
    @Order(2)
    void the_first_start_takes_the_cache_is_up_in_time_and_loads_the_demo_data() throws Exception {
        Path launcherOutput = start("demo", "first-start");
        awaitUp();
        assertTrue(Files.readString(launcherOutput).contains("with the JVM's AOT cache"), "the launcher offered the cache");
        assertFalse(AOT_ERROR.matcher(serverLog()).find(), "the JVM took the cache");
        demoAgreements = total();
        assertTrue(demoAgreements >= 7, "demo agreements are loaded on first start");
    }

    @Test
    @Order(3)
    void a_drafter_creates_an_agreement_through_the_api() {
        Api.Reply anonymous = api.post("api/v1/agreements", null, "{}");
        assertEquals(401, anonymous.status(), anonymous::toString);
        Api.Reply auditor = api.post("api/v1/agreements", "auditor", "{}");
        assertEquals(403, auditor.status(), auditor::toString);
        long party0 = partyId(0);
        long party1 = partyId(1);
        Api.Reply created = api.post("api/v1/agreements", "drafter", """
                {"kind":"SISTER_CITY_AGREEMENT","languages":["ru","kk"],
                 "title":{"ru":"Соглашение, которое переживёт перезапуск","kk":"%s"},
                 "partyIds":[%d,%d],"areas":["CULTURE"],"term":{"years":5,"autoRenewal":true}}"""
                .formatted(KAZAKH_TITLE, party0, party1));
        assertEquals(201, created.status(), created::toString);
        agreementId = created.json().getJsonNumber("id").longValue();
    }

    /**
     * The restart also gives the JVM a cache it cannot read, as one of another JVM build reads to it: the JVM must
     * start without it, which the agreement and the demo data then show to be the same installation as before.
     */
    @Test
    @Order(4)
    void a_restart_ignores_a_cache_the_jvm_cannot_read_keeps_the_agreement_and_loads_no_demo_data_twice() throws Exception {
        stopAndWait();
        Files.move(CACHE, TRAINED_CACHE, StandardCopyOption.REPLACE_EXISTING);
        try {
            Files.writeString(CACHE, "not an AOT cache", StandardCharsets.US_ASCII);
            start("demo", "restart");
            awaitUp();
        } finally {
            // Moved back at once, not after the stop: the JVM never mapped the unreadable file, and the production
            // start then gets the trained cache.
            Files.move(TRAINED_CACHE, CACHE, StandardCopyOption.REPLACE_EXISTING);
        }
        assertTrue(AOT_ERROR.matcher(serverLog()).find(), "the JVM said it ignored the cache");

        Api.Reply reread = api.get("api/v1/agreements/" + agreementId, "auditor");
        assertEquals(200, reread.status(), () -> "serves as before: " + reread);
        JsonObject title = reread.json().getJsonObject("title");
        assertEquals(KAZAKH_TITLE, title.getString("kk"), "the agreement survived the restart");
        assertEquals(demoAgreements + 1, total(), "the restart loaded no demo data twice");
    }

    @Test
    @Order(5)
    void production_mode_refuses_to_start_while_demo_users_can_sign_in() throws Exception {
        stopAndWait();
        start("production", "production");
        assertTrue(running.waitFor(120, TimeUnit.SECONDS), "the launcher gives up by itself");
        assertNotEquals(0, running.exitValue());
        assertTrue(serverLog().contains("Refusing to start in production mode"), "the log says why");
        assertEquals(-1, probe(), "nothing keeps serving");
    }

    /** Starts {@code ./pactum run} on the installation's port and data; returns the file the launcher writes to. */
    private Path start(String mode, String step) throws IOException {
        Path launcherOutput = output.resolve(step + ".txt");
        ProcessBuilder launcher = new ProcessBuilder(REPOSITORY.resolve("pactum").toString(), "run")
                .directory(REPOSITORY.toFile())
                .redirectErrorStream(true)
                .redirectOutput(launcherOutput.toFile());
        launcher.environment().put("PACTUM_HTTP_PORT", Integer.toString(port));
        launcher.environment().put("PACTUM_DATA_DIR", data.toString());
        launcher.environment().put("PACTUM_MODE", mode);
        running = launcher.start();
        return launcherOutput;
    }

    private void awaitUp() throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(FIRST_START);
        while (Instant.now().isBefore(deadline)) {
            if (!running.isAlive()) {
                fail("./pactum run ended with " + running.exitValue() + "; see " + data.resolve("server.log"));
            }
            if (probe() == 200 && api.get("login.xhtml", null).status() == 200) {
                return;
            }
            // Two small requests on loopback: asking four times a second costs the booting server nothing.
            Thread.sleep(250);
        }
        fail("Pactum was not up within " + FIRST_START.toSeconds() + " s; see " + data.resolve("server.log"));
    }

    /** The status of /health, or -1 when nothing answers. */
    private int probe() {
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

    /** The last start's log: {@code ./pactum run} writes it anew on every start. */
    private String serverLog() throws IOException {
        return Files.readString(data.resolve("server.log"), StandardCharsets.UTF_8);
    }

    private long total() {
        Api.Reply reply = api.get("api/v1/agreements?size=1", "auditor");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonNumber("total").longValue();
    }

    private long partyId(int index) {
        return api.get("api/v1/parties", "drafter").array().getJsonObject(index).getJsonNumber("id").longValue();
    }
}

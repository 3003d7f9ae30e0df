package org.pactum.web.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pactum.audit.control.SealKey;
import org.pactum.fixtures.Directories;
import org.pactum.fixtures.FreePort;
import org.pactum.fixtures.PostgresServer;
import org.pactum.web.support.NpmProject;

/**
 * What can be checked of docker/ without a Docker engine (none runs on our machines): the compose file against the
 * Compose specification's schema, the load balancer's configuration with HAProxy itself, and the image's start command
 * (docker/start-node.sh) run outside Docker as the image would run it — production mode, PostgreSQL, the seal key
 * given as files — with HAProxy in front of it, one of its two nodes missing.
 */
class DockerFilesIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    private static final Path DOCKER = REPOSITORY.resolve("docker");
    private static final Path TARGET = Path.of(System.getProperty("user.dir"), "target");
    private static final String ADMIN_PASSWORD = "Павлодар-Омск-2026!";
    // dclint's ordering rules are about looks; the node services keep their shared anchor first on purpose.
    private static final List<String> ORDERING_RULES = List.of("--disable-rule", "service-keys-order",
            "--disable-rule", "services-alphabetical-order", "--disable-rule", "top-level-properties-order");

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void the_compose_file_follows_the_compose_specification() throws IOException {
        NpmProject dclint = NpmProject.installed(Path.of("src/test/dclint"), TARGET.resolve("dclint"));

        NpmProject.Outcome verdict = lint(dclint, DOCKER.resolve("compose.yaml"));
        assertEquals(0, verdict.exitCode(), verdict.output());

        // The checker can fail: a misspelt key is outside the schema.
        Path misspelt = TARGET.resolve("dclint").resolve("compose-misspelt.yaml");
        Files.writeString(misspelt, Files.readString(DOCKER.resolve("compose.yaml"), StandardCharsets.UTF_8)
                .replace("    restart: unless-stopped\n    healthcheck:", "    restartt: unless-stopped\n    healthcheck:"),
                StandardCharsets.UTF_8);
        NpmProject.Outcome refused = lint(dclint, misspelt);
        assertNotEquals(0, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("invalid-schema"), refused.output());
    }

    @Test
    void haproxy_takes_the_load_balancer_configuration_without_a_warning() {
        Outcome check = run(List.of("haproxy", "-c", "-f", DOCKER.resolve("haproxy/haproxy.cfg").toString()),
                Map.of("PACTUM_PROXY_BIND", "127.0.0.1:" + FreePort.onLoopback(),
                        "PACTUM_NODE_1", "127.0.0.1:" + FreePort.onLoopback(),
                        "PACTUM_NODE_2", "127.0.0.1:" + FreePort.onLoopback()));
        assertEquals(0, check.exitCode(), check.output());
        assertTrue(check.output().contains("Configuration file is valid"), check.output());
        assertFalse(check.output().contains("WARNING"), check.output());
    }

    @Test
    void the_image_start_command_runs_a_production_node_on_postgresql_behind_the_load_balancer() throws Exception {
        PostgresServer database = PostgresServer.shared(TARGET.resolve("it-data"));
        String url = database.freshDatabase("docker_node");
        Path data = Directories.fresh(TARGET.resolve("it-data").resolve("docker-node"));
        Path privateKey = data.resolve("secrets/audit-seal-private.pem");
        Path publicKey = data.resolve("secrets/audit-seal-public.pem");
        Files.createDirectories(privateKey.getParent());
        SealKey.generate(privateKey, publicKey);
        int nodePort = FreePort.onLoopback();
        int clusterPort = FreePort.onLoopback();
        Map<String, String> environment = new HashMap<>(Map.of(
                "PACTUM_WAR", System.getProperty("pactum.war", "target/ROOT.war"),
                "PAYARA_MICRO_JAR", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "PACTUM_PREBOOT_TEMPLATE", REPOSITORY.resolve("config/payara/pre-boot-loopback.asadmin").toString(),
                "PACTUM_DATA_DIR", data.toString(),
                "PACTUM_HTTP_ADDRESS", "127.0.0.1",
                "PACTUM_HTTP_PORT", String.valueOf(nodePort),
                "PACTUM_MODE", "production",
                "PACTUM_ADMIN_INITIAL_PASSWORD", ADMIN_PASSWORD,
                "PACTUM_AUDIT_SEAL_PRIVATE_KEY", privateKey.toString(),
                "PACTUM_AUDIT_SEAL_PUBLIC_KEY", publicKey.toString()));
        environment.putAll(Map.of(
                "PACTUM_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                "PACTUM_DATASOURCE_URL", url,
                "PACTUM_DATASOURCE_USER", PostgresServer.USER,
                "PACTUM_DATASOURCE_PASSWORD", PostgresServer.PASSWORD,
                "JVM_ARGS", "-Xmx768m",
                // As in compose.yaml: a member of a listed cluster (here of one), sharing its sign-in state through it.
                "PACTUM_CLUSTER_MEMBERS", "127.0.0.1:" + clusterPort,
                "PACTUM_CLUSTER_PORT", String.valueOf(clusterPort),
                "PACTUM_NODE_NAME", "docker-node1",
                // The script runs `java` as the image does; here that is the JDK the tests run on.
                "PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH")));
        Path nodeLog = data.resolve("node.log");
        Process node = start(List.of("sh", DOCKER.resolve("start-node.sh").toString()), environment, nodeLog);

        int proxyPort = FreePort.onLoopback();
        Process proxy = start(List.of("haproxy", "-db", "-f", DOCKER.resolve("haproxy/haproxy.cfg").toString()),
                Map.of("PACTUM_PROXY_BIND", "127.0.0.1:" + proxyPort,
                        "PACTUM_NODE_1", "127.0.0.1:" + nodePort,
                        // The second node never comes: its health check keeps it out of the rotation.
                        "PACTUM_NODE_2", "127.0.0.1:" + FreePort.onLoopback()),
                data.resolve("haproxy.log"));

        URI viaProxy = URI.create("http://127.0.0.1:" + proxyPort + "/");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        awaitHealthy(http, viaProxy, node, nodeLog);

        // Every request through the balancer is answered, though one of its two nodes is missing.
        Set<Integer> statuses = new TreeSet<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> me = http.send(HttpRequest.newBuilder(viaProxy.resolve("api/v1/me"))
                    .header("Authorization", basic("admin", ADMIN_PASSWORD))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            statuses.add(me.statusCode());
            assertTrue(me.body().contains("\"admin\""), me.body());
        }
        assertEquals(Set.of(200), statuses, "the first administrator signs in through the balancer every time");

        // The database restarts (an update, a failover): the node's pooled connections are dead, and the next
        // request must not be the one to find out.
        database.restart();
        HttpResponse<String> afterRestart = http.send(HttpRequest.newBuilder(viaProxy.resolve("api/v1/agreements"))
                .header("Authorization", basic("admin", ADMIN_PASSWORD)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, afterRestart.statusCode(), afterRestart.body());
        String log = Files.readString(nodeLog, StandardCharsets.UTF_8);
        assertTrue(log.contains("PostgreSQL"), "the node ran on PostgreSQL:\n" + tail(log));
        assertTrue(log.contains("docker-node1"), "the node ran as the cluster member it was named:\n" + tail(log));
        assertTrue(proxy.isAlive(), "HAProxy keeps running");
        String balancer = Files.readString(data.resolve("haproxy.log"), StandardCharsets.UTF_8);
        assertTrue(balancer.contains("nodes/node1 is UP"), "the node came into the rotation by its health:\n" + balancer);
        assertFalse(balancer.contains("nodes/node2 is UP"), "the missing node never did:\n" + balancer);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static NpmProject.Outcome lint(NpmProject dclint, Path compose) {
        List<String> command = new ArrayList<>(List.of("npx", "--no-install", "dclint", compose.toString(),
                "--max-warnings", "0"));
        command.addAll(ORDERING_RULES);
        return dclint.run(command, Map.of());
    }

    private void awaitHealthy(HttpClient http, URI viaProxy, Process node, Path nodeLog) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
        HttpRequest health = HttpRequest.newBuilder(viaProxy.resolve("health")).timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!node.isAlive()) {
                throw new IllegalStateException("the node ended:\n" + tail(Files.readString(nodeLog)));
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // the balancer has no healthy node yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("no healthy node behind the balancer within 240 s:\n" + tail(Files.readString(nodeLog)));
    }

    private Process start(List<String> command, Map<String, String> environment, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private record Outcome(int exitCode, String output) {
    }

    private static Outcome run(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not end within a minute");
            }
            return new Outcome(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + " (is it installed? .ci/run installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private static String tail(String log) {
        return log.length() <= 4000 ? log : log.substring(log.length() - 4000);
    }
}

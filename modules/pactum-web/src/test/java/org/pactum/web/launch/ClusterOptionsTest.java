package org.pactum.web.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster options a node starts with, made in one place (docker/cluster-options.sh) for both ways of starting one:
 * the Docker image's entry point (docker/start-node.sh, in sh) and {@code ./pactum run} (its function
 * cluster_options, in bash). Both run here with a stand-in for java that writes down what it was given; no server
 * starts, so this costs a fraction of a second where LauncherIT and DockerFilesIT cost minutes.
 */
class ClusterOptionsTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();

    @TempDir
    Path scratch;

    @Test
    void without_members_a_node_starts_alone() throws Exception {
        Started image = byImage(Map.of());

        assertEquals(List.of("--nocluster"), image.clusterOptions());
        assertEquals("", image.schedulerNode(), "no scheduler node name is made up for a single node");
        assertEquals(image, byLauncher(Map.of()));
    }

    @Test
    void every_cluster_setting_reaches_payara_micro_and_the_application() throws Exception {
        Map<String, String> settings = Map.of("PACTUM_CLUSTER_MEMBERS", "10.0.0.11:6900,10.0.0.12:6900",
                "PACTUM_CLUSTER_PORT", "6900", "PACTUM_CLUSTER_ADDRESS", "10.0.0.11", "PACTUM_CLUSTER_NAME", "pactum-omsk",
                "PACTUM_CLUSTER_HOST_AWARE", "false", "PACTUM_NODE_NAME", "omsk node 1");
        Started image = byImage(settings);

        assertEquals(List.of("--clustermode", "tcpip:10.0.0.11:6900,10.0.0.12:6900", "--startport", "6900",
                "--interfaces", "10.0.0.11", "--clustername", "pactum-omsk", "--name", "omsk node 1", "--nohostaware"),
                image.clusterOptions());
        assertEquals("10.0.0.11:6900,10.0.0.12:6900", image.members(), "the application reads the members too");
        assertEquals("omsk node 1", image.schedulerNode(), "the scheduler's table names the node as the cluster does");
        assertTrue(image.preboot().contains("hazelcast-runtime-configuration.interface=10.0.0.11\n"), image.preboot());
        assertEquals(image, byLauncher(settings));
    }

    @Test
    void unset_settings_take_their_documented_defaults() throws Exception {
        Map<String, String> settings = Map.of("PACTUM_CLUSTER_MEMBERS", "127.0.0.1:6901,127.0.0.1:6902",
                "PACTUM_CLUSTER_PORT", "6901", "PACTUM_ROUTING_SCHEDULER_NODE", "scheduler-1");
        Started image = byImage(settings);

        List<String> options = image.clusterOptions();
        assertEquals(List.of("--clustermode", "tcpip:127.0.0.1:6901,127.0.0.1:6902", "--startport", "6901",
                "--interfaces", "127.0.0.1", "--clustername", "pactum", "--name"), options.subList(0, options.size() - 1));
        assertTrue(options.getLast().endsWith("-6901"), "named after the host and the cluster port: " + options);
        assertEquals("scheduler-1", image.schedulerNode(), "a scheduler node name given is kept");
        assertTrue(image.preboot().contains("hazelcast-runtime-configuration.interface=127.0.0.1\n"), image.preboot());
        assertEquals(image, byLauncher(settings));
    }

    /** What start-node.sh passed to java, and what the node's environment and pre-boot file held. */
    private record Started(List<String> clusterOptions, String members, String schedulerNode, String preboot) {
    }

    private Started byImage(Map<String, String> settings) throws Exception {
        Path data = Files.createDirectories(scratch.resolve("image"));
        Path java = scratch.resolve("bin").resolve("java");
        Files.createDirectories(java.getParent());
        // Payara Micro's options follow the pre-boot file's; the stand-in writes each on a line, then the environment.
        Files.writeString(java, """
                #!/bin/sh
                while [ "$1" != --prebootcommandfile ]; do shift; done
                shift 2
                printf '%s\\n' "$@"
                printf 'members=%s\\nscheduler=%s\\n' "${PACTUM_CLUSTER_MEMBERS:-}" "${PACTUM_ROUTING_SCHEDULER_NODE:-}"
                """, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("PATH", java.getParent() + ":" + System.getenv("PATH"));
        environment.put("PACTUM_DATA_DIR", data.toString());
        environment.put("PACTUM_PREBOOT_TEMPLATE", REPOSITORY.resolve("config/payara/pre-boot-loopback.asadmin").toString());
        List<String> lines = run(List.of("sh", REPOSITORY.resolve("docker/start-node.sh").toString()), environment);
        return started(lines, Files.readString(data.resolve("pre-boot.asadmin"), StandardCharsets.UTF_8));
    }

    private Started byLauncher(Map<String, String> settings) throws Exception {
        // The launcher's own function, taken from ./pactum as it stands: running ./pactum would build and start a server.
        String launcher = Files.readString(REPOSITORY.resolve("pactum"), StandardCharsets.UTF_8);
        int start = launcher.indexOf("\ncluster_options() {");
        String function = launcher.substring(start, launcher.indexOf("\n}\n", start) + 3);
        Path preboot = scratch.resolve("launcher-pre-boot.asadmin");
        String script = "set -euo pipefail\nROOT='" + REPOSITORY + "'\n" + function + """
                cluster_options
                cluster_preboot "$ROOT/config/payara/pre-boot-loopback.asadmin" 0.0.0.0 "$1"
                printf '%s\\n' "${CLUSTER_OPTIONS[@]}"
                printf 'members=%s\\nscheduler=%s\\n' "${PACTUM_CLUSTER_MEMBERS:-}" "${PACTUM_ROUTING_SCHEDULER_NODE:-}"
                """;
        List<String> lines = run(List.of("bash", "-c", script, "cluster-options", preboot.toString()), settings);
        return started(lines, Files.readString(preboot, StandardCharsets.UTF_8));
    }

    private static Started started(List<String> lines, String preboot) {
        List<String> options = lines.subList(0, lines.size() - 2);
        return new Started(List.copyOf(options), value(lines.get(lines.size() - 2), "members="),
                value(lines.getLast(), "scheduler="), preboot);
    }

    private static String value(String line, String name) {
        assertTrue(line.startsWith(name), line);
        return line.substring(name.length());
    }

    /** The program's output lines; it must succeed. PACTUM_* variables of the test's own environment do not count. */
    private static List<String> run(List<String> command, Map<String, String> settings) throws IOException,
            InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("PACTUM_"));
        builder.environment().putAll(settings);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), command + " did not end");
        assertEquals(0, process.exitValue(), command + ":\n" + output);
        return new ArrayList<>(output.lines().toList());
    }
}

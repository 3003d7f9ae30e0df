package org.pactum.web.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@link BuiltWarOnPayaraMicro} starts its server: the data directory, the system properties beside demo mode
 * (e.g. the database), and Payara Micro's own options (by default {@code --nocluster}).
 *
 * @param name a name for the directory of its console log
 */
public record PayaraMicroSettings(String name, Path dataDirectory, Map<String, String> properties, List<String> options) {

    public PayaraMicroSettings {
        properties = Map.copyOf(properties);
        options = List.copyOf(options);
    }

    /** A node of its own: a fresh in-memory H2 database, no cluster (what the shared servers of the tests use). */
    public static PayaraMicroSettings standalone(String name, Path dataDirectory) {
        return new PayaraMicroSettings(name, dataDirectory,
                Map.of("pactum.datasource.url", "jdbc:h2:mem:pactum;DB_CLOSE_DELAY=-1"), List.of("--nocluster"));
    }

    /** These settings with one more system property. */
    public PayaraMicroSettings with(String property, String value) {
        Map<String, String> more = new LinkedHashMap<>(properties);
        more.put(property, value);
        return new PayaraMicroSettings(name, dataDirectory, more, options);
    }

    /** On a PostgreSQL database, alone. */
    public static PayaraMicroSettings onPostgres(String name, Path dataDirectory, String url, String user, String password) {
        return new PayaraMicroSettings(name, dataDirectory, postgres(url, user, password), List.of("--nocluster"));
    }

    /**
     * On a PostgreSQL database, one node of a cluster whose members are all on 127.0.0.1.
     *
     * @param clusterPort this node's Hazelcast port
     * @param members     every member's host:port, commas between
     */
    public static PayaraMicroSettings clusterNode(String name, Path dataDirectory, String url, String user, String password,
                                                  String clusterName, int clusterPort, String members) {
        Map<String, String> properties = new LinkedHashMap<>(postgres(url, user, password));
        properties.put("pactum.cluster.members", members);
        properties.put("pactum.routing.scheduler.node", name);
        // Each node looks for due deadlines every second (10 s in production): one falls due within a test's seconds.
        properties.put("pactum.routing.scheduler.polling-seconds", "1");
        List<String> options = new ArrayList<>(List.of("--clustermode", "tcpip:" + members, "--startport",
                String.valueOf(clusterPort), "--interfaces", "127.0.0.1", "--clustername", clusterName, "--name", name,
                // Both members are on one host: without this, neither would keep a backup of the other's data.
                "--nohostaware"));
        return new PayaraMicroSettings(name, dataDirectory, properties, options);
    }

    private static Map<String, String> postgres(String url, String user, String password) {
        return Map.of("pactum.datasource.class", "org.postgresql.ds.PGSimpleDataSource", "pactum.datasource.url", url,
                "pactum.datasource.user", user, "pactum.datasource.password", password);
    }
}

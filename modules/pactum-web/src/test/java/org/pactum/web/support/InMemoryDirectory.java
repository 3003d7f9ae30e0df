package org.pactum.web.support;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.pactum.web.security.directory.DirectoryConfiguration;
import org.pactum.web.security.directory.DirectorySettings;
import org.pactum.web.security.directory.LdapDirectory;

/**
 * A small staff directory (UnboundID's in-memory LDAP server) on loopback and a free port, for the directory sign-in
 * tests; stop it with {@link #close}. Each person's password is their username followed by {@code -secret}:
 * <ul>
 * <li>{@code dana} (Дана Ахметова): drafters and approvers;</li>
 * <li>{@code erlan} (Ерлан Сейтов, no display name, so his common name): administrators;</li>
 * <li>{@code omar}: only the canteen group, which gives no role;</li>
 * <li>{@code drafter}: administrators, the same name as the demo's local drafter.</li>
 * </ul>
 * Groups list their members, and each person lists their groups (memberOf), so both ways of reading groups are tried.
 * A test class may have one for all its tests: {@code @RegisterExtension static final InMemoryDirectory DIRECTORY =
 * new InMemoryDirectory();} starts it before the first test and stops it after the last.
 */
public final class InMemoryDirectory implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    public static final String BASE = "dc=pactum,dc=example";
    public static final String PEOPLE = "ou=people," + BASE;
    public static final String GROUPS = "ou=groups," + BASE;
    public static final String READER = "cn=pactum-reader,ou=services," + BASE;
    public static final String READER_PASSWORD = "reader-secret";
    public static final String DRAFTERS = "cn=pactum-drafters," + GROUPS;
    public static final String APPROVERS = "cn=pactum-approvers," + GROUPS;
    public static final String ADMINS = "cn=pactum-admins," + GROUPS;
    public static final String CANTEEN = "cn=canteen," + GROUPS;

    private InMemoryDirectoryServer server;

    /** Not started: {@link #start()} or JUnit (as an extension) starts it. */
    public InMemoryDirectory() {
    }

    public static InMemoryDirectory start() {
        InMemoryDirectory directory = new InMemoryDirectory();
        directory.listen();
        return directory;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        listen();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void listen() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setSchema(null);
            config.addAdditionalBindCredentials(READER, READER_PASSWORD);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("loopback", InetAddress.getLoopbackAddress(), 0,
                    null));
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.add("dn: " + BASE, "objectClass: domain", "dc: pactum");
            server.add("dn: " + PEOPLE, "objectClass: organizationalUnit", "ou: people");
            server.add("dn: " + GROUPS, "objectClass: organizationalUnit", "ou: groups");
            person(server, "dana", "Ахметова Дана", "Дана Ахметова", DRAFTERS, APPROVERS);
            person(server, "erlan", "Ерлан Сейтов", null, ADMINS);
            person(server, "omar", "Омар Касымов", "Омар Касымов", CANTEEN);
            person(server, "drafter", "Directory Drafter", "Directory Drafter", ADMINS);
            group(server, DRAFTERS, "dana");
            group(server, APPROVERS, "dana");
            group(server, ADMINS, "erlan", "drafter");
            group(server, CANTEEN, "omar");
            server.startListening();
            this.server = server;
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException("the in-memory directory did not start", e);
        }
    }

    public static String entryOf(String username) {
        return "uid=" + username + "," + PEOPLE;
    }

    public int port() {
        return server.getListenPort();
    }

    /** The settings that make Pactum sign in against this directory, reading groups from the people's memberOf. */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("pactum.directory.url", "ldap://127.0.0.1:" + port());
        settings.put("pactum.directory.bind-dn", READER);
        settings.put("pactum.directory.bind-password", READER_PASSWORD);
        settings.put("pactum.directory.user.search-base", PEOPLE);
        // Spelled otherwise than the entries (upper case, spaces): names are compared as names, not as text.
        settings.put("pactum.directory.role.DRAFTER", "CN=Pactum-Drafters, OU=Groups, DC=pactum, DC=example");
        settings.put("pactum.directory.role.APPROVER", APPROVERS);
        settings.put("pactum.directory.role.ADMIN", ADMINS);
        settings.put("pactum.directory.connect-timeout", "PT2S");
        settings.put("pactum.directory.read-timeout", "PT2S");
        return settings;
    }

    /** Directory sign-in as Pactum configures it from these settings (e.g. {@link #settings()}); off for none. */
    public static DirectoryConfiguration configuration(Map<String, String> settings) {
        return new DirectoryConfiguration(DirectorySettings.read(name -> Optional.ofNullable(settings.get(name)))
                .map(LdapDirectory::new));
    }

    /** The same, the groups found by searching for their members instead. */
    public Map<String, String> settingsSearchingGroups() {
        Map<String, String> settings = settings();
        settings.put("pactum.directory.group.search-base", GROUPS);
        settings.put("pactum.directory.group.filter", "(&(objectClass=groupOfNames)(member={1}))");
        return settings;
    }

    @Override
    public void close() {
        server.shutDown(true);
    }

    private static void person(InMemoryDirectoryServer server, String uid, String cn, String displayName,
                               String... groups) throws LDAPException, LDIFException {
        List<String> lines = new ArrayList<>(List.of("dn: " + entryOf(uid),
                "objectClass: person", "objectClass: organizationalPerson", "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + cn, "sn: " + cn.split(" ")[0],
                "mail: " + uid + "@directory.example", "userPassword: " + uid + "-secret"));
        if (displayName != null) {
            lines.add("displayName: " + displayName);
        }
        for (String group : groups) {
            lines.add("memberOf: " + group);
        }
        server.add(lines.toArray(String[]::new));
    }

    private static void group(InMemoryDirectoryServer server, String dn, String... members) throws LDAPException, LDIFException {
        List<String> lines = new ArrayList<>(List.of("dn: " + dn, "objectClass: groupOfNames",
                "cn: " + dn.substring(3, dn.indexOf(','))));
        for (String member : members) {
            lines.add("member: " + entryOf(member));
        }
        server.add(lines.toArray(String[]::new));
    }
}

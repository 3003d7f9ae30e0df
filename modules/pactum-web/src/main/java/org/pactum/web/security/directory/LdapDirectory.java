package org.pactum.web.security.directory;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;

/**
 * Asks the directory whether a username and password are right, and which groups the person is in. One connection per
 * question, closed at once: sign-ins are few (a verified API credential is cached), and a directory that restarted is
 * simply asked again. In that order: bind as Pactum's reader, find the one entry of the username, read its groups, then
 * bind as the person with the password typed. Whether it knows a username at all (before a local account takes it) is
 * the same search without the last bind. TLS (ldaps:// or StartTLS) trusts the JVM's trust store and checks the host
 * name.
 */
public final class LdapDirectory {

    private static final Logger LOG = Logger.getLogger(LdapDirectory.class.getName());

    private final DirectorySettings settings;

    public LdapDirectory(DirectorySettings settings) {
        this.settings = settings;
    }

    /**
     * The person, when the directory knows the username and accepts the password; empty when it knows no such
     * username (or more than one entry answers to it) or refuses the password.
     *
     * @throws DirectoryUnavailableException when the directory cannot be reached, answers too slowly or refuses
     *                                       Pactum's own bind or search
     */
    public Optional<DirectoryPerson> signIn(String username, char[] password) {
        if (username == null || username.isEmpty() || password == null || password.length == 0) {
            // A bind with a name and no password is an anonymous bind that many directories accept.
            return Optional.empty();
        }
        try (LDAPConnection connection = connectAsReader()) {
            Optional<SearchResultEntry> entry = Optional.ofNullable(findEntry(connection, username).only());
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            List<DN> groups = groupsOf(connection, username, entry.get());
            if (!passwordAccepted(connection, entry.get().getDN(), password)) {
                return Optional.empty();
            }
            return Optional.of(new DirectoryPerson(entry.get().getDN(), nameOf(entry.get(), username),
                    entry.get().getAttributeValue(settings.mailAttribute()), settings.rolesOf(groups)));
        } catch (LDAPException e) {
            throw unavailable(e);
        }
    }

    /**
     * Whether a sign-in as the username would be the directory's: an entry answers to it as a sign-in searches for one.
     * Several entries count too: the name is the directory's even though nobody can sign in with it until only one is
     * left. No password is asked, so nothing is counted or locked.
     *
     * @throws DirectoryUnavailableException when the directory cannot be reached, answers too slowly or refuses
     *                                       Pactum's own bind or search
     */
    public boolean knows(String username) {
        if (username == null || username.isEmpty()) {
            return false;
        }
        try (LDAPConnection connection = connectAsReader()) {
            Found found = findEntry(connection, username);
            return found.several() || found.only() != null;
        } catch (LDAPException e) {
            throw unavailable(e);
        }
    }

    private LDAPConnection connectAsReader() throws LDAPException {
        LDAPConnection connection = connect();
        if (settings.bindDn() != null) {
            try {
                connection.bind(settings.bindDn(), settings.bindPassword() == null ? "" : settings.bindPassword());
            } catch (LDAPException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }

    private LDAPConnection connect() throws LDAPException {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(Math.toIntExact(settings.connectTimeout().toMillis()));
        options.setResponseTimeoutMillis(settings.readTimeout().toMillis());
        options.setBindWithDNRequiresPassword(true);
        options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(false));
        boolean ldaps = settings.url().getScheme().equals("ldaps");
        SocketFactory sockets = ldaps ? tls().getSocketFactory() : SocketFactory.getDefault();
        LDAPConnection connection = new LDAPConnection(sockets, options, settings.url().getHost(), settings.url().getPort());
        if (settings.startTls() && !ldaps) {
            try {
                ResultCode started = connection.processExtendedOperation(new StartTLSExtendedRequest(tls())).getResultCode();
                if (started != ResultCode.SUCCESS) {
                    throw new LDAPException(started, "the directory refused StartTLS");
                }
            } catch (LDAPException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }

    /**
     * What a search for a username found: its one entry, none, or several (the search stops at the second).
     *
     * @param only the one entry; null for none or several
     */
    private record Found(SearchResultEntry only, boolean several) {
    }

    private Found findEntry(LDAPConnection connection, String username) throws LDAPException {
        List<String> attributes = new ArrayList<>(settings.nameAttributes());
        attributes.add(settings.mailAttribute());
        attributes.add(settings.groupAttribute());
        SearchRequest search = new SearchRequest(settings.userBase().toString(), SearchScope.SUB,
                DirectorySettings.filter(settings.userFilter(), username, ""), attributes.toArray(String[]::new));
        search.setSizeLimit(2);
        SearchResult found = null;
        try {
            found = connection.search(search);
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                LOG.warning(() -> "directory: the user search base " + settings.userBase() + " does not exist");
                return new Found(null, false);
            }
            if (e.getResultCode() != ResultCode.SIZE_LIMIT_EXCEEDED) {
                throw e;
            }
        }
        if (found == null || found.getEntryCount() > 1) {
            LOG.warning("directory: more than one entry answers to a username; it cannot sign in");
            return new Found(null, true);
        }
        return new Found(found.getEntryCount() == 0 ? null : found.getSearchEntries().get(0), false);
    }

    private List<DN> groupsOf(LDAPConnection connection, String username, SearchResultEntry person) throws LDAPException {
        List<DN> groups = new ArrayList<>();
        if (settings.groupBase() == null) {
            String[] values = person.getAttributeValues(settings.groupAttribute());
            for (String value : values == null ? new String[0] : values) {
                groups.add(new DN(value));
            }
            return groups;
        }
        SearchResult found = connection.search(settings.groupBase().toString(), SearchScope.SUB,
                DirectorySettings.filter(settings.groupFilter(), username, person.getDN()), "1.1");
        for (SearchResultEntry group : found.getSearchEntries()) {
            groups.add(group.getParsedDN());
        }
        return groups;
    }

    private static boolean passwordAccepted(LDAPConnection connection, String entry, char[] password) throws LDAPException {
        byte[] bytes = new String(password).getBytes(StandardCharsets.UTF_8);
        try {
            connection.bind(new SimpleBindRequest(entry, bytes));
            return true;
        } catch (LDAPException e) {
            if (!ResultCode.isConnectionUsable(e.getResultCode()) || e.getResultCode() == ResultCode.BUSY
                    || e.getResultCode() == ResultCode.UNAVAILABLE) {
                throw e;
            }
            // Invalid credentials, and what directories say of a locked, expired or disabled account.
            return false;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private String nameOf(SearchResultEntry entry, String username) {
        for (String attribute : settings.nameAttributes()) {
            String value = entry.getAttributeValue(attribute);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return username;
    }

    private static SSLContext tls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no TLS", e);
        }
    }

    private DirectoryUnavailableException unavailable(LDAPException e) {
        LOG.log(Level.WARNING, "directory sign-in: the directory at {0} could not be asked: {1} {2}",
                new Object[] {settings.url(), e.getResultCode(),
                        e.getDiagnosticMessage() == null ? e.getMessage() : e.getDiagnosticMessage()});
        return new DirectoryUnavailableException("the directory at " + settings.url() + " could not be asked: "
                + e.getResultCode(), e);
    }
}

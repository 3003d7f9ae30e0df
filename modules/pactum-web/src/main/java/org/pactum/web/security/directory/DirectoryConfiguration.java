package org.pactum.web.security.directory;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

/**
 * The directory of the settings {@code pactum.directory.*} (docs/operations.md, "Directory sign-in"), read once; none
 * while {@code pactum.directory.url} is not set. Read at start-up, so that a malformed setting stops the deployment
 * rather than the first sign-in.
 */
@ApplicationScoped
public class DirectoryConfiguration {

    private static final Logger LOG = Logger.getLogger(DirectoryConfiguration.class.getName());

    @Inject
    Config config;

    private Optional<LdapDirectory> directory = Optional.empty();

    public DirectoryConfiguration() {
    }

    /** Outside a container, e.g. in tests: this directory, or none. */
    public DirectoryConfiguration(Optional<LdapDirectory> directory) {
        this.directory = directory;
    }

    @PostConstruct
    void read() {
        Optional<DirectorySettings> settings = DirectorySettings.read(name -> config.getOptionalValue(name, String.class));
        settings.ifPresent(found -> LOG.info(() -> "directory sign-in: on, against " + found.url() + " for the roles "
                + found.roleGroups().keySet()));
        directory = settings.map(LdapDirectory::new);
    }

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Observing is enough: the bean is made, and its settings read, as the application starts.
    }

    public Optional<LdapDirectory> findDirectory() {
        return directory;
    }
}

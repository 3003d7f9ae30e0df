package org.pactum.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.web.security.directory.DirectoryConfiguration;
import org.pactum.web.security.oidc.OpenIdSignIn;

/**
 * The words the pages use for an account kept outside Pactum ({@code UserAccount.isFromDirectory()}): its password,
 * name and roles are the organisation's. They are the directory's words ("directory", "LDAP", "directory groups")
 * unless OpenID Connect alone is on: then every such account signs in through the provider, and the directory's words
 * would send an administrator to a directory Pactum does not use. With both on, security.md asks that the two know the
 * same people, and the directory's words stay. Each text has its directory key and, for the provider, the same key
 * with {@value #PROVIDER} after it.
 */
@Named("keptBy")
@ApplicationScoped
public class KeptAccountWords {

    static final String PROVIDER = ".provider";

    @Inject
    DirectoryConfiguration directory;

    @Inject
    OpenIdSignIn openId;

    public KeptAccountWords() {
    }

    /** Outside a container, e.g. in tests. */
    KeptAccountWords(DirectoryConfiguration directory, OpenIdSignIn openId) {
        this.directory = directory;
        this.openId = openId;
    }

    /** The bundle key of the text for an account kept outside Pactum, given the directory's key. */
    public String key(String directoryKey) {
        return openId.isOn() && directory.findDirectory().isEmpty() ? directoryKey + PROVIDER : directoryKey;
    }
}

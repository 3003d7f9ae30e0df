package org.pactum.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.user.AccountKeeper;
import org.pactum.web.security.directory.DirectoryConfiguration;
import org.pactum.web.security.oidc.OpenIdSignIn;

/**
 * The words the pages use for an account kept outside Pactum ({@code UserAccount.isFromDirectory()}): its password,
 * name and roles are the organisation's. An account names the service the person last signed in through
 * ({@link AccountKeeper}), and the pages use that service's words: the directory's ("directory", "LDAP", "directory
 * groups") or the single sign-on service's. Where no account is at hand, or its keeper is not known (kept outside since
 * before schema V27 and not signed in since), the words follow the configuration: the directory's unless OpenID
 * Connect alone is on, since with both on security.md asks that the two know the same people. Each text has its
 * directory key and, for the provider, the same key with {@value #PROVIDER} after it.
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

    /** The same for an account whose keeper is known, or null if it is not. */
    public String of(AccountKeeper keeper, String directoryKey) {
        if (keeper == null) {
            return key(directoryKey);
        }
        return keeper == AccountKeeper.SINGLE_SIGN_ON ? directoryKey + PROVIDER : directoryKey;
    }
}

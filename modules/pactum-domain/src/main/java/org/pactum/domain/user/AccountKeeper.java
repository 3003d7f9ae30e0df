package org.pactum.domain.user;

/**
 * The service outside Pactum that keeps an account's password, name and roles, as the person last signed in through
 * it. An organisation may run both, knowing the same people; the pages then speak of the one the person used.
 */
public enum AccountKeeper {

    /** The organisation's directory (LDAP), asked for the password at every sign-in. */
    DIRECTORY,

    /** The organisation's single sign-on service (an OpenID Connect provider), which signs the person in itself. */
    SINGLE_SIGN_ON
}

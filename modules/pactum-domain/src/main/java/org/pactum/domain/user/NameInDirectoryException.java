package org.pactum.domain.user;

import org.pactum.domain.error.PactumException;

/**
 * A local account cannot take a username the directory (LDAP) knows (409): Pactum's own account wins a name both know
 * at sign-in, so it would shut the directory's person out of Pactum, or let whoever has its password in as them.
 */
public class NameInDirectoryException extends PactumException {

    public NameInDirectoryException(String username) {
        super("The directory knows a person called " + username + ". A local account of that name would be asked for "
                + "the password instead of the directory, which would shut that person out. They sign in with their "
                + "directory account, which makes their account in Pactum; choose another name for a local account.");
    }

    @Override
    public String problemType() {
        return "name-in-directory";
    }
}

package org.pactum.domain.user;

import org.pactum.domain.error.PactumException;

/**
 * A change Pactum cannot make to an account the directory (LDAP) keeps: its password, which the directory checks, or
 * its name and roles, which the directory gives anew at every sign-in (409). Deactivating the account, its address
 * and language, and the parties it signs for stay Pactum's.
 */
public class ManagedByDirectoryException extends PactumException {

    private ManagedByDirectoryException(String message) {
        super(message);
    }

    static ManagedByDirectoryException password(String username) {
        return new ManagedByDirectoryException("The password of " + username + " is kept by the directory, which checks "
                + "it at every sign-in; it is set and changed in the directory, not in Pactum.");
    }

    static ManagedByDirectoryException nameAndRoles(String username) {
        return new ManagedByDirectoryException("The name and roles of " + username + " come from the directory and its "
                + "groups at every sign-in; change them in the directory. Deactivate the account to shut the person out "
                + "at once.");
    }

    @Override
    public String problemType() {
        return "managed-by-directory";
    }
}

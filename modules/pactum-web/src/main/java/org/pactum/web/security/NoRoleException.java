package org.pactum.web.security;

/**
 * The directory accepted the password, but none of the person's groups gives a role in Pactum: refused with its own
 * message, so that the person asks to be put in a group rather than retyping the password (not counted as wrong).
 */
public class NoRoleException extends RuntimeException {

    public NoRoleException(String username) {
        super("the directory's groups of " + username + " give no role in Pactum");
    }
}

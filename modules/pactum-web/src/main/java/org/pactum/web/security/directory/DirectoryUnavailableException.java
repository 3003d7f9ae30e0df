package org.pactum.web.security.directory;

/** The directory could not be asked (down, too slow, refusing Pactum's own bind): nobody can tell whether the password is right. */
public class DirectoryUnavailableException extends RuntimeException {

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

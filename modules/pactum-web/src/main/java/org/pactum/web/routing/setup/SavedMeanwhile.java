package org.pactum.web.routing.setup;

import jakarta.persistence.OptimisticLockException;

import org.pactum.domain.error.StaleVersionException;

/**
 * Whether a save failed because someone saved the same thing a moment earlier: the version check passed for both,
 * and the database refused the later commit, which reaches the page wrapped by the transaction.
 */
public final class SavedMeanwhile {

    private SavedMeanwhile() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleVersionException) {
                return true;
            }
        }
        return false;
    }
}

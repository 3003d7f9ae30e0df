package org.pactum.domain.error;

/** Something with the same natural key already exists. */
public class DuplicateException extends PactumException {

    public DuplicateException(String subject, Object key) {
        super(subject + " " + key + " already exists");
    }

    @Override
    public String problemType() {
        return "duplicate";
    }
}

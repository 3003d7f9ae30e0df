package org.pactum.domain.error;

/** The thing asked for does not exist (or the caller may not know that it does). */
public class NotFoundException extends PactumException {

    private final String subject;
    private final String key;

    public NotFoundException(String subject, Object key) {
        super(subject + " " + key + " does not exist");
        this.subject = subject;
        this.key = String.valueOf(key);
    }

    public String subject() {
        return subject;
    }

    public String key() {
        return key;
    }

    @Override
    public String problemType() {
        return "not-found";
    }
}

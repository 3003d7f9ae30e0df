package org.pactum.web.verification.page;

/** One certificate of a signer's chain as the report lists it, signer first; {@code trusted} marks an anchor. */
public record ChainLine(String subject, String serialNumber, boolean trusted) {
}

package org.pactum.verification.entity;

import java.math.BigInteger;

/** One certificate of a signer's chain as reported: whose it is, its serial, and whether it is a configured anchor. */
public record ChainCertificate(String subject, BigInteger serial, boolean trusted) {
}

package org.pactum.signing.boundary;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.signing.control.HttpTimestampAuthority;
import org.pactum.signing.control.TimestampAuthority;
import org.pactum.signing.control.Timestamping;

/**
 * Which timestamp authority vouches for signing times, and what happens when it cannot: by default a signature then
 * fails with a clear message; {@code pactum.signing.tsa.allow-without=true} lets it stay PAdES B-B, and the signature
 * says so. Demo mode hands in its own in-process authority. The local clock never stands in for a timestamp.
 */
@ApplicationScoped
public class TimestampPolicy {

    @Inject
    @ConfigProperty(name = "pactum.signing.tsa.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "pactum.signing.tsa.timeout", defaultValue = "PT10S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "pactum.signing.tsa.allow-without", defaultValue = "false")
    boolean allowWithout;

    private volatile TimestampAuthority inProcess;

    /** The authority of the configured URL, else the in-process one demo mode set up, else none. */
    public Optional<TimestampAuthority> authority() {
        Optional<String> configured = url == null ? Optional.empty() : url.filter(value -> !value.isBlank());
        if (configured.isPresent()) {
            return Optional.of(new HttpTimestampAuthority(URI.create(configured.get()), timeout));
        }
        return Optional.ofNullable(inProcess);
    }

    public Timestamping timestamping() {
        return authority().map(authority -> allowWithout ? Timestamping.ifAvailable(authority)
                : Timestamping.required(authority)).orElseGet(Timestamping::none);
    }

    /** Demo mode's authority, used when no URL is configured. */
    public void useInProcess(TimestampAuthority authority) {
        this.inProcess = authority;
    }
}

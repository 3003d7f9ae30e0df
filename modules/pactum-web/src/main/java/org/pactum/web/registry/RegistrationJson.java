package org.pactum.web.registry;

import java.time.LocalDate;

import org.pactum.domain.agreement.Registration;

/** An agreement's entry in the register of outgoing documents, e.g. {@code СС-2026/017} of 2026-11-22. */
public record RegistrationJson(String number, LocalDate date) {

    static RegistrationJson of(Registration registration) {
        return new RegistrationJson(registration.number(), registration.date());
    }
}

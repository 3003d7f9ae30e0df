package org.pactum.domain.printable;

import java.util.ServiceLoader;

/** The provided {@link DrawableCharacters}, looked up once, when first asked for. */
final class InstalledCoverage {

    /** From the class loader that loaded the domain, which sees the application's other modules. */
    static final DrawableCharacters COVERAGE = ServiceLoader
            .load(DrawableCharacters.class, DrawableCharacters.class.getClassLoader())
            .findFirst()
            .orElse(DrawableCharacters.ANY);

    private InstalledCoverage() {
    }
}

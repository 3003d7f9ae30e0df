package org.pactum.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain stays plain Java: no container, persistence, PDF or crypto library reaches into it. */
@AnalyzeClasses(packages = "org.pactum.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainIsolationTest {

    @ArchTest
    static final ArchRule no_container_code = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("jakarta..", "javax.persistence..", "org.eclipse..", "org.openpdf..", "org.bouncycastle..", "org.flywaydb..");
}

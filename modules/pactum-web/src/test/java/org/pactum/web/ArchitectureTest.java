package org.pactum.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.Agreements;
import org.pactum.domain.agreement.Revisions;
import org.pactum.domain.user.Role;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.web.security.Roles;

/** The dependency rules of docs/architecture.md, and "every resource method states its roles". */
class ArchitectureTest {

    private static final JavaClasses PACTUM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pactum");

    @Test
    void nothing_depends_on_the_web_application() {
        noClasses().that().resideOutsideOfPackage("org.pactum.web..")
                .should().dependOnClassesThat().resideInAPackage("org.pactum.web..")
                .check(PACTUM);
    }

    @Test
    void the_domain_depends_on_nothing_else_of_pactum_nor_on_containers() {
        noClasses().that().resideInAPackage("org.pactum.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pactum.persistence..", "org.pactum.registry..",
                        "org.pactum.web..", "jakarta..", "org.eclipse..", "org.flywaydb..")
                .check(PACTUM);
    }

    /** Writing an agreement also records its revision and announces it to the audit trail: one door for all of it. */
    @Test
    void only_the_agreement_registry_writes_agreements_and_revisions() {
        noClasses().that().doNotBelongToAnyOf(AgreementRegistry.class, Agreement.class)
                .and().resideOutsideOfPackage("org.pactum.persistence..")
                .should().callMethodWhere(writing(Agreements.class, "add", "nextNumber", "flush"))
                .orShould().callMethodWhere(writing(Revisions.class, "add"))
                .orShould().callMethodWhere(writing(Agreement.class, "revise", "perform", "register"))
                .check(PACTUM);
    }

    /** Approving, returning and rejecting follow the route's decisions; nobody else may take those steps. */
    @Test
    void only_routing_takes_the_steps_the_route_takes() {
        noClasses().that().resideOutsideOfPackage("org.pactum.routing..")
                .should().callMethodWhere(writing(AgreementRegistry.class, "routed"))
                .check(PACTUM);
    }

    private static DescribedPredicate<JavaMethodCall> writing(Class<?> owner, String... methods) {
        Set<String> names = Set.of(methods);
        return DescribedPredicate.describe(owner.getSimpleName() + "." + String.join("/", methods),
                call -> call.getTargetOwner().isAssignableTo(owner) && names.contains(call.getName()));
    }

    @Test
    void no_module_reaches_into_another_modules_control_package() {
        // A capability's control classes are its own: others use its boundary and its entities, so the control code
        // can change without anyone else noticing.
        for (String module : List.of("drafting", "audit", "registry", "routing", "signing", "verification")) {
            noClasses().that().resideOutsideOfPackage("org.pactum." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.pactum." + module + ".control..")
                    .allowEmptyShould(true)
                    .check(PACTUM);
        }
    }

    @Test
    void no_package_cycles() {
        // Packages in a cycle can only be understood, and changed, together.
        slices().matching("org.pactum.(**)").should().beFreeOfCycles().check(PACTUM);
    }

    @Test
    void only_drafting_compares_texts_with_java_diff_utils() {
        noClasses().that().resideOutsideOfPackage("org.pactum.drafting..")
                .should().dependOnClassesThat().resideInAPackage("com.github.difflib..")
                .check(PACTUM);
    }

    @Test
    void boundaries_hand_out_no_control_types() {
        noMethods().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage("org.pactum..boundary..")
                .should().haveRawReturnType(JavaClass.Predicates.resideInAPackage("org.pactum..control.."))
                .check(PACTUM);
    }

    @Test
    void entities_stand_on_the_domain_alone() {
        noClasses().that().resideInAPackage("org.pactum..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pactum..control..", "org.pactum..boundary..")
                .check(PACTUM);
    }

    @Test
    void only_the_web_application_speaks_http() {
        noClasses().that().resideOutsideOfPackage("org.pactum.web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "jakarta.ws.rs..", "jakarta.faces..",
                        "org.eclipse.microprofile.openapi..")
                .check(PACTUM);
    }

    @Test
    void capabilities_use_the_domain_ports_not_the_jpa_adapters() {
        noClasses().that().resideOutsideOfPackages("org.pactum.persistence..", "org.pactum.web.startup..")
                .should().dependOnClassesThat().resideInAPackage("org.pactum.persistence..")
                .check(PACTUM);
    }

    @Test
    void only_pdf_imports_openpdf_and_only_signing_verification_and_seal_checks_import_bouncycastle() {
        // Verification reads a PDF's objects itself: comparing revisions is its own job, not drawing.
        noClasses().that().resideOutsideOfPackages("org.pactum.pdf..", "org.pactum.verification..")
                .should().dependOnClassesThat().resideInAPackage("org.openpdf..")
                .allowEmptyShould(true)
                .check(PACTUM);
        // The audit trail's seal checks use BouncyCastle's lightweight ECDSA, a third of the JDK's cost per seal
        // (docs/performance.md): that one class, not the audit module at large.
        noClasses().that().resideOutsideOfPackages("org.pactum.signing..", "org.pactum.verification..")
                .and().doNotHaveFullyQualifiedName("org.pactum.audit.control.SealSignatures")
                .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
                .allowEmptyShould(true)
                .check(PACTUM);
    }

    @Test
    void every_resource_method_states_its_roles() {
        List<String> silent = new ArrayList<>();
        for (var javaClass : PACTUM) {
            Class<?> type = javaClass.reflect();
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                boolean endpoint = Arrays.stream(method.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
                if (endpoint && !method.isAnnotationPresent(RolesAllowed.class)) {
                    silent.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(silent.isEmpty(), "resource methods without @RolesAllowed: " + silent);
    }

    @Test
    void role_constants_are_the_domain_roles() throws IllegalAccessException {
        Set<String> constants = new java.util.HashSet<>();
        for (var field : Roles.class.getFields()) {
            assertEquals(field.getName(), field.get(null));
            constants.add((String) field.get(null));
        }
        assertEquals(Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet()), constants);
    }
}

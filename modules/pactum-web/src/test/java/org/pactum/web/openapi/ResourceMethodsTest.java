package org.pactum.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.pactum.web.registry.AgreementsResource;
import org.pactum.web.session.MeResource;

class ResourceMethodsTest {

    private final ResourceMethods resources = ResourceMethods.ofApplication();

    @Test
    void finds_every_resource_class_of_the_application_by_its_annotations() {
        List<Class<?>> classes = ResourceMethods.resourceClasses();
        assertTrue(classes.contains(AgreementsResource.class), classes::toString);
        assertTrue(classes.contains(MeResource.class), classes::toString);
        assertTrue(classes.size() >= 25, classes::toString);
    }

    @Test
    void writes_paths_as_the_description_does() throws NoSuchMethodException {
        assertEquals("/api/v1/agreements/{id}", ResourceMethod.template("api/v1", AgreementsResource.class,
                AgreementsResource.class.getMethod("get", long.class)));
        assertEquals(1, resources.answering("GET", "/api/v1/agreements/{id}").size());
        assertEquals(3, resources.answering("POST", "/api/v1/agreements/{id}/signatures").size(),
                "three ways to sign at one address, one per media type");
    }

    @Test
    void gives_every_operation_an_id_of_its_own() {
        Set<String> taken = new HashSet<>();
        List<String> ids = resources.operations().stream()
                .map(methods -> OperationIds.unique(OperationIds.of(methods), methods.getFirst().httpMethod(), taken))
                .toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), ids::toString);
        assertTrue(ids.contains("agreementsSearch"), ids::toString);
        assertTrue(ids.contains("signaturesPost"), "three ways to sign, named alike by nothing: " + ids);
        assertTrue(ids.contains("signaturesComplete"), "completeWithCms and completeWithValue: " + ids);
        assertTrue(ids.contains("signingKeysHold"), "holdPkcs11 and holdPkcs12: " + ids);
        assertTrue(ids.contains("absences"), "AbsencesResource.absences says it once: " + ids);
    }

    @Test
    void an_edit_by_id_with_a_body_and_roles_can_fail_every_way_it_takes_input() {
        assertEquals(Set.of(400, 401, 403, 404, 409, 413, 415, 422, 429, 500, 503),
                statuses(resources.answering("PUT", "/api/v1/agreements/{id}")));
    }

    @Test
    void a_read_open_to_every_role_without_parameters_fails_only_for_credentials_throttling_or_the_server() {
        assertEquals(Set.of(401, 429, 500, 503), statuses(resources.answering("GET", "/api/v1/me")));
    }

    @Test
    void only_the_completion_of_a_prepared_signature_can_find_it_gone() {
        assertTrue(statuses(resources.answering("POST", "/api/v1/agreements/{id}/signatures/preparations/{preparation}/completion"))
                .contains(410));
        assertFalse(statuses(resources.answering("POST", "/api/v1/agreements/{id}/signatures")).contains(410));
    }

    @Test
    void a_search_with_query_parameters_can_refuse_them_but_finds_no_missing_id() {
        Set<Integer> statuses = statuses(resources.answering("GET", "/api/v1/agreements"));
        assertTrue(statuses.containsAll(Set.of(400, 422)), statuses::toString);
        assertFalse(statuses.contains(404), statuses::toString);
        assertFalse(statuses.contains(409), statuses::toString);
    }

    private static Set<Integer> statuses(List<ResourceMethod> methods) {
        assertFalse(methods.isEmpty());
        return ErrorAnswer.of(methods).stream().map(ErrorAnswer::status).collect(Collectors.toSet());
    }
}

package org.pactum.web.openapi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.pactum.web.support.Api;
import org.pactum.web.support.Loopback;
import org.pactum.web.support.SharedApiServer;

/**
 * The API description Payara Micro serves at /openapi, as a client's tooling takes it: a standard linter finds nothing
 * to object to, every operation has an id of its own and its error answers, and a client generated from it works.
 */
@ExtendWith(SharedApiServer.class)
class OpenApiIT {

    private static final Path OUTPUT = Path.of(System.getProperty("pactum.openapi.output", "target/openapi"));

    URL base;

    Api api;

    @BeforeEach
    void connect(URL base) {
        this.base = base;
        api = new Api(base);
    }

    @Test
    void a_standard_linter_finds_nothing_to_object_to() throws Exception {
        // YAML, as Payara answers a client that accepts anything.
        Path description = save("openapi.yaml", api.call("GET", "openapi", null, null, "Accept", "*/*"));
        Linter linter = Linter.installed(Path.of(System.getProperty("pactum.openapi.lint.project", "src/test/openapi")),
                Path.of(System.getProperty("pactum.openapi.lint", "target/openapi-lint")));

        Linter.Verdict verdict = linter.lint(description);

        assertEquals(0, verdict.exitCode(), verdict::output);
        assertTrue(verdict.output().contains("Your API description is valid"), verdict::output);
        assertFalse(Pattern.compile("You have \\d+ warnings?").matcher(verdict.output()).find(), verdict::output);
    }

    @Test
    void every_operation_has_an_id_of_its_own_and_answers_errors_as_problems() {
        JsonObject description = Json.createReader(new StringReader(api.call("GET", "openapi", null, null,
                "Accept", "application/json").body())).readObject();

        assertFalse(description.containsKey("endpoints"), "Payara's non-standard member is gone");
        Set<String> ids = new HashSet<>();
        List<Executable> checks = new ArrayList<>();
        description.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((verb, value) -> {
            JsonObject operation = value.asJsonObject();
            String name = verb.toUpperCase() + " " + path;
            checks.add(() -> assertTrue(ids.add(operation.getString("operationId")), name + ": id taken"));
            JsonObject responses = operation.getJsonObject("responses");
            checks.add(() -> assertTrue(responses.keySet().containsAll(Set.of("401", "429", "500")), name + ": " + responses.keySet()));
            checks.add(() -> assertEquals(1, responses.keySet().stream().filter(code -> code.startsWith("2")).count(),
                    name + ": one success answer " + responses.keySet()));
            if (path.contains("{")) {
                checks.add(() -> assertTrue(responses.containsKey("404"), name + ": " + responses.keySet()));
            }
            if (operation.containsKey("requestBody")) {
                checks.add(() -> assertTrue(responses.keySet().containsAll(Set.of("413", "415", "422")), name + ": " + responses.keySet()));
            }
        }));
        assertAll(checks);
        assertTrue(ids.size() >= 80, "operations: " + ids.size());
        assertTrue(description.getJsonObject("paths").getJsonObject("/api/v1/regions").getJsonObject("post")
                .getJsonObject("responses").containsKey("403"), "an administrator's operation can be refused to others");

        JsonObject schemas = description.getJsonObject("components").getJsonObject("schemas");
        JsonObject problem = schemas.getJsonObject("Problem").getJsonObject("properties");
        assertTrue(problem.keySet().containsAll(Set.of("type", "title", "status", "detail", "instance", "errors", "conflict")),
                problem::toString);
        assertTrue(schemas.getJsonObject("EditConflict").getJsonObject("properties").containsKey("changes"));
        JsonObject conflict = description.getJsonObject("components").getJsonObject("responses").getJsonObject("Conflict");
        assertEquals("#/components/schemas/Problem", conflict.getJsonObject("content")
                .getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref"));
        assertEquals(JsonValue.ValueType.OBJECT, description.getJsonObject("components").getJsonObject("responses")
                .getJsonObject("TooManyRequests").getJsonObject("headers").get("Retry-After").getValueType());
    }

    @Test
    void a_client_generated_from_it_finds_the_agreements_and_reads_a_missing_one_as_a_problem() throws Throwable {
        Path description = save("openapi.json", api.call("GET", "openapi", null, null, "Accept", "application/json"));
        GeneratedClient client = GeneratedClient.of(description, OUTPUT.resolve("client"));

        Object apiClient = client.create("ApiClient");
        URI root = Loopback.of(base);
        GeneratedClient.call(apiClient, "updateBaseUri", root.toString().replaceFirst("/$", ""));
        GeneratedClient.call(apiClient, "setHttpClientBuilder", HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
        String credentials = Base64.getEncoder().encodeToString(("drafter:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        Consumer<HttpRequest.Builder> basic = request -> request.header("Authorization", "Basic " + credentials);
        GeneratedClient.call(apiClient, "setRequestInterceptor", basic);
        Object agreements = client.create("api.AgreementsApi", apiClient);

        Object page = GeneratedClient.call(agreements, "agreementsSearch", null, null, null, null, null, null, null);

        assertTrue(((Number) GeneratedClient.call(page, "getTotal")).longValue() > 0, page::toString);
        assertFalse(((List<?>) GeneratedClient.call(page, "getItems")).isEmpty(), page::toString);

        Class<?> apiException = client.type("ApiException");
        Throwable missing = assertThrows(Throwable.class, () -> GeneratedClient.call(agreements, "agreementsGet", 999_999_999L));
        assertTrue(apiException.isInstance(missing), missing::toString);
        assertEquals(404, GeneratedClient.call(missing, "getCode"));
        assertTrue(String.valueOf(GeneratedClient.call(missing, "getResponseBody")).contains("urn:pactum:problem:not-found"),
                missing::toString);
    }

    private static Path save(String name, Api.Reply reply) throws java.io.IOException {
        assertEquals(200, reply.status(), reply::toString);
        Files.createDirectories(OUTPUT);
        return Files.writeString(OUTPUT.resolve(name), reply.body());
    }
}

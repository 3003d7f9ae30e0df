package org.pactum.web.openapi;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The last step before {@code /openapi} is served (registered as {@code mp.openapi.filter}): what the scan of the
 * resources cannot know. Each operation gets an id unique in the document (resource and method), its success answer
 * and its error answers ({@link ErrorAnswer}) with the problem schema; bodies are described per media type the
 * resource methods take ({@link RequestBodies}); tags are merged by name; the server is the one that serves the
 * description; and Payara's non-standard {@code endpoints} member is dropped.
 */
public class ApiDescription implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ApiDescription.class.getName());

    private static final String DESCRIPTION = """
            Drafting, approval, signing and verification of interregional agreements.

            Every operation needs HTTP Basic credentials on each request; no session is kept. Each error answer, \
            here and anywhere under `/api`, is an RFC 9457 problem document (`application/problem+json`, schema \
            `Problem`) whose `type` is `urn:pactum:problem:<slug>`; invalid input (422) lists the offending fields in \
            `errors`, and a concurrent edit of an agreement (409) says what changed in `conflict`. Changes need the \
            version they are based on (the body's `version` or `If-Match` with the ETag). docs/api.md explains each \
            operation, the problem types, the input rules and the limits.""";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getInfo().title("Pactum API").version("1").description(DESCRIPTION);
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url("/")
                .description("The server that serves this description"))));
        dropPayaraEndpoints(openAPI);
        mergeTags(openAPI);
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        ProblemDescription.addTo(components);
        describeSecurity(components);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            describeOperations(openAPI.getPaths().getPathItems(), resourceMethods(), components);
        }
    }

    /** The application's resource methods; none if they cannot be read, so /openapi still answers, as scanned. */
    private static ResourceMethods resourceMethods() {
        try {
            return ResourceMethods.ofApplication();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot read the resource classes; /openapi describes the operations as scanned", e);
            return ResourceMethods.of(List.of());
        }
    }

    private static void describeOperations(Map<String, PathItem> paths, ResourceMethods resources, Components components) {
        Set<String> operationIds = new HashSet<>();
        paths.forEach((path, item) -> item.getOperations().forEach((verb, operation) -> {
            List<ResourceMethod> methods = resources.answering(verb.name(), path);
            if (methods.isEmpty()) {
                LOG.warning(() -> "No resource method answers " + verb + " " + path + "; its description stays as scanned");
                return;
            }
            operation.setOperationId(OperationIds.unique(OperationIds.of(methods), verb.name(), operationIds));
            describeParameterTypes(operation, methods.getFirst());
            RequestBodies.describe(operation, methods, components);
            describeAnswers(operation, methods);
        }));
    }

    /** Whole numbers as integers of their Java width, where the scan wrote "number" (a client would use decimals). */
    private static void describeParameterTypes(Operation operation, ResourceMethod method) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema schema = parameter.getSchema();
            if (schema == null || schema.getRef() != null || parameter.getIn() == null) {
                continue;
            }
            method.javaParameter(parameter.getIn().toString(), parameter.getName()).map(java.lang.reflect.Parameter::getType)
                    .flatMap(ApiDescription::integerFormat)
                    .ifPresent(format -> schema.type(SchemaType.INTEGER).format(format));
        }
    }

    private static Optional<String> integerFormat(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return Optional.of("int64");
        }
        return type == int.class || type == Integer.class ? Optional.of("int32") : Optional.empty();
    }

    /** The success answer as the methods give it, then every error answer they can give. */
    private static void describeAnswers(Operation operation, List<ResourceMethod> methods) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        APIResponse success = responses.getDefaultValue();
        responses.removeAPIResponse(APIResponses.DEFAULT);
        Map<String, APIResponse> answers = new TreeMap<>();
        String status = successStatus(methods);
        if ("204".equals(status)) {
            answers.put(status, OASFactory.createAPIResponse().description("Done; no content."));
        } else {
            APIResponse answer = success == null ? OASFactory.createAPIResponse() : success;
            answer.description("200".equals(status) ? "OK." : "Done: 200 with the result, 201 with `Location` when something "
                    + "was created, or 204 when there is nothing to say.");
            binaryContent(answer.getContent());
            answers.put(status, answer);
        }
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach(answers::putIfAbsent);
        }
        // An answer a method documents itself (@APIResponse) wins over the derived one.
        ErrorAnswer.of(methods).forEach(error -> answers.putIfAbsent(Integer.toString(error.status()),
                ProblemDescription.reference(error)));
        responses.setAPIResponses(answers);
        operation.setResponses(responses);
    }

    /** 204 for a method without a result, 200 for one that returns an entity or reads, else any 2xx it builds. */
    private static String successStatus(List<ResourceMethod> methods) {
        if (methods.stream().allMatch(method -> method.method().getReturnType() == void.class)) {
            return "204";
        }
        boolean entity = methods.stream().noneMatch(method -> Response.class.isAssignableFrom(method.method().getReturnType()));
        return entity || "GET".equals(methods.getFirst().httpMethod()) ? "200" : "2XX";
    }

    private static void binaryContent(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            if (!RequestBodies.isJson(type)) {
                media.setSchema(RequestBodies.binary());
            }
        });
    }

    /** One tag per name, with the description some resource gave it. */
    private static void mergeTags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : openAPI.getTags()) {
            Tag kept = byName.putIfAbsent(tag.getName(), tag);
            if (kept != null && kept.getDescription() == null && tag.getDescription() != null) {
                byName.put(tag.getName(), tag);
            }
        }
        openAPI.setTags(new ArrayList<>(byName.values()));
    }

    private static void describeSecurity(Components components) {
        Map<String, SecurityScheme> schemes = components.getSecuritySchemes();
        if (schemes != null && schemes.containsKey("basic")) {
            schemes.get("basic").description("HTTP Basic with a Pactum user name and password on every request. "
                    + "Repeated failed sign-ins are throttled (429 with Retry-After).");
        }
    }

    /**
     * Payara Micro writes the paths it serves, per context root, into a non-standard top-level {@code endpoints}
     * member that no setting turns off; an empty one is not written.
     */
    private static void dropPayaraEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new TreeMap<String, Set<String>>());
        } catch (NoSuchMethodException e) {
            // Another implementation: nothing to drop.
        } catch (IllegalAccessException | InvocationTargetException e) {
            LOG.warning("Cannot drop Payara's endpoints member from the API description: " + e);
        }
    }
}

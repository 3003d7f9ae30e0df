package org.pactum.web.openapi;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.FormParam;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * An operation's request body as its resource methods take it, one media type each: the scan describes only one
 * method where several share an address, and bytes as an empty object.
 */
final class RequestBodies {

    private RequestBodies() {
    }

    /** One media type per type the methods take: JSON as scanned, form fields by name, anything else as bytes. */
    static void describe(Operation operation, List<ResourceMethod> methods, Components components) {
        Map<String, MediaType> scanned = operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                ? Map.of() : operation.getRequestBody().getContent().getMediaTypes();
        Content content = OASFactory.createContent();
        for (ResourceMethod method : methods) {
            if (!method.takesBody()) {
                continue;
            }
            for (String type : method.consumes()) {
                content.addMediaType(type, OASFactory.createMediaType().schema(bodySchema(type, method, scanned, components)));
            }
        }
        if (content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            operation.setRequestBody(null);
            return;
        }
        if (operation.getRequestBody() == null) {
            operation.setRequestBody(OASFactory.createRequestBody());
        }
        operation.getRequestBody().setContent(content);
        if (methods.size() > 1) {
            StringBuilder description = new StringBuilder("By the body's media type:");
            methods.forEach(method -> description.append("\n- `").append(String.join("`, `", method.consumes())).append("`: ")
                    .append(summaryOf(method)));
            operation.setDescription(description.toString());
        }
    }

    private static Schema bodySchema(String type, ResourceMethod method, Map<String, MediaType> scanned, Components components) {
        if (isJson(type)) {
            MediaType same = scanned.get(type);
            if (same != null && same.getSchema() != null) {
                return same.getSchema();
            }
            String name = method.entityParameter().map(parameter -> parameter.getType().getSimpleName()).orElse("");
            return components.getSchemas() != null && components.getSchemas().containsKey(name)
                    ? OASFactory.createSchema().ref("#/components/schemas/" + name)
                    : OASFactory.createSchema().type(SchemaType.OBJECT);
        }
        if (type.startsWith("multipart/")) {
            Schema form = OASFactory.createSchema().type(SchemaType.OBJECT);
            method.parametersWith(FormParam.class).forEach(parameter -> form.addProperty(
                    parameter.getAnnotation(FormParam.class).value(),
                    parameter.getType() == String.class ? OASFactory.createSchema().type(SchemaType.STRING) : binary()));
            return form;
        }
        return binary();
    }


    private static String summaryOf(ResourceMethod method) {
        var annotation = method.method().getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
        return annotation == null || annotation.summary().isBlank() ? method.method().getName() : annotation.summary();
    }

    static boolean isJson(String type) {
        String bare = type.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return bare.equals("application/json") || bare.endsWith("+json");
    }

    /** Bytes: a PDF, a certificate, a CMS signature. */
    static Schema binary() {
        return OASFactory.createSchema().type(SchemaType.STRING).format("binary");
    }
}

package org.pactum.web.openapi;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.web.problem.Problem;

/**
 * The problem document as the description states it: the schema of {@link Problem} with its field errors
 * ({@code errors}) and the edit-conflict extension ({@code conflict}), and one shared response per error answer.
 */
final class ProblemDescription {

    static final String PROBLEM = "Problem";
    static final String INVALID_FIELD = "InvalidField";
    static final String EDIT_CONFLICT = "EditConflict";
    /** The schema Payara derives from the resources for a comparison of two revisions. */
    private static final String CHANGES = "ChangesJson";

    private ProblemDescription() {
    }

    /** Adds the problem schemas and a response per error answer to the components. */
    static void addTo(Components components) {
        components.addSchema(PROBLEM, problem());
        components.addSchema(INVALID_FIELD, invalidField());
        components.addSchema(EDIT_CONFLICT, editConflict(components.getSchemas() != null
                && components.getSchemas().containsKey(CHANGES)));
        for (ErrorAnswer answer : ErrorAnswer.values()) {
            components.addResponse(answer.component(), response(answer));
        }
    }

    /** A reference to the shared response of an error answer. */
    static APIResponse reference(ErrorAnswer answer) {
        return OASFactory.createAPIResponse().ref("#/components/responses/" + answer.component());
    }

    private static APIResponse response(ErrorAnswer answer) {
        APIResponse response = OASFactory.createAPIResponse()
                .description(answer.description())
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(ref(PROBLEM))));
        if (answer == ErrorAnswer.UNAUTHENTICATED) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader()
                    .description("The HTTP Basic challenge, e.g. `Basic realm=\"Pactum\", charset=\"UTF-8\"`.")
                    .schema(string()));
        }
        if (answer == ErrorAnswer.TOO_MANY_REQUESTS || answer == ErrorAnswer.SERVICE_UNAVAILABLE) {
            response.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds until another attempt is accepted.")
                    .schema(OASFactory.createSchema().type(SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO)));
        }
        return response;
    }

    private static Schema problem() {
        return OASFactory.createSchema()
                .type(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail (application/problem+json), the body of every error answer.")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string().format("uri")
                        .description("`urn:pactum:problem:<slug>`, one slug per condition; docs/api.md lists them.")
                        .example("urn:pactum:problem:invalid-input"))
                .addProperty("title", string().description("A short, fixed summary of the condition."))
                .addProperty("status", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status of the answer."))
                .addProperty("detail", string().description("What went wrong with this request, in English."))
                .addProperty("instance", string().format("uri-reference").description("The path that was requested."))
                .addProperty("errors", OASFactory.createSchema().type(SchemaType.ARRAY).items(ref(INVALID_FIELD))
                        .description("Invalid input (422): each offending field or parameter."))
                .addProperty("conflict", ref(EDIT_CONFLICT));
    }

    private static Schema invalidField() {
        return OASFactory.createSchema()
                .type(SchemaType.OBJECT)
                .description("One field or parameter of invalid input and the rule it broke.")
                .required(List.of("field", "rule", "message"))
                .addProperty("field", string().description("The field's path in the body, or the parameter's name.")
                        .example("title.ru"))
                .addProperty("rule", string().description("The rule's code, e.g. `required` or `too-long` (docs/api.md)."))
                .addProperty("message", string().description("The rule in English."));
    }

    private static Schema editConflict(boolean changesDescribed) {
        return OASFactory.createSchema()
                .type(SchemaType.OBJECT)
                .description("A 409 for a concurrent edit of an agreement: which revision the editor saw, which is "
                        + "current, who changed it and what changed between the two.")
                .required(List.of("yourVersion", "currentVersion", "currentRevision", "status"))
                .addProperty("yourVersion", int64().description("The version the change was based on."))
                .addProperty("currentVersion", int64().description("The agreement's version now."))
                .addProperty("yourRevision", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32")
                        .description("The revision the editor saw; absent when their version is unknown."))
                .addProperty("currentRevision", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32"))
                .addProperty("status", string().enumeration(Arrays.stream(AgreementStatus.values())
                                .map(status -> (Object) status.name()).toList())
                        .description("The agreement's status now; only a DRAFT can be edited."))
                .addProperty("changedBy", string().description("Who saved the current revision."))
                // From yourRevision to currentRevision; absent with yourRevision.
                .addProperty("changes", changesDescribed ? ref(CHANGES) : OASFactory.createSchema().type(SchemaType.OBJECT))
                .addProperty("changedByYou", OASFactory.createSchema().type(SchemaType.BOOLEAN)
                        .description("Whether every save since yourRevision was the caller's own, e.g. in another tab."))
                .addProperty("merge", merge());
    }

    private static Schema merge() {
        return OASFactory.createSchema()
                .type(SchemaType.OBJECT)
                .description("For a save of a draft: the caller's save merged cell by cell with the changes. Nothing is "
                        + "saved; when `clean`, `merged` is the body to PUT (with its `version`) to save the merge.")
                .required(List.of("clean", "fromYours", "fromTheirs", "conflicts"))
                .addProperty("clean", OASFactory.createSchema().type(SchemaType.BOOLEAN)
                        .description("Whether the two edits changed no cell differently."))
                .addProperty("fromYours", cells("Cells whose merged value is the caller's change, e.g. "
                        + "`article.subject.text.kk`, `title.ru`, `term.years`."))
                .addProperty("fromTheirs", cells("Cells whose merged value is the change saved meanwhile."))
                .addProperty("conflicts", cells("Cells both changed differently; `article.<key>` for an article, `articles` for their order."))
                .addProperty("merged", OASFactory.createSchema().type(SchemaType.OBJECT)
                        .description("Only when `clean`: the body of `PUT /agreements/{id}` that saves the merge."));
    }

    private static Schema cells(String description) {
        return OASFactory.createSchema().type(SchemaType.ARRAY).items(string()).description(description);
    }

    private static Schema ref(String schema) {
        return OASFactory.createSchema().ref("#/components/schemas/" + schema);
    }

    private static Schema string() {
        return OASFactory.createSchema().type(SchemaType.STRING);
    }

    private static Schema int64() {
        return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
    }
}

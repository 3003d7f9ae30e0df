package org.pactum.web.openapi;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.pactum.domain.user.Role;
import org.pactum.web.security.RolesAllowedCheck;

/**
 * The error answers an operation can give, each a problem+json document, and which operations give which: read from
 * the resource methods' annotations, so a new operation is described as it behaves.
 */
public enum ErrorAnswer {

    BAD_REQUEST(400, "BadRequest", "The request cannot be read: a body that is not the JSON expected, or a path, query "
            + "or header parameter of the wrong type; `detail` names the parameter."),
    UNAUTHENTICATED(401, "Unauthenticated", "No valid HTTP Basic credentials. Every operation needs them."),
    FORBIDDEN(403, "Forbidden", "The caller's roles do not allow this operation, or this agreement is not the "
            + "caller's to sign or decide."),
    NOT_FOUND(404, "NotFound", "Nothing has the identifier in the path."),
    CONFLICT(409, "Conflict", "The request conflicts with the current state: someone else changed it since the "
            + "version given (for an agreement's text, `conflict` tells what changed and who changed it), it is not "
            + "allowed in the current status, it already exists, the directory keeps what it would change "
            + "(`managed-by-directory`: a directory account's password, name or roles), or a new local account would "
            + "take the username of someone the directory knows (`name-in-directory`)."),
    GONE(410, "Gone", "The signature preparation expired before its completion arrived; prepare the signature again."),
    PAYLOAD_TOO_LARGE(413, "PayloadTooLarge", "The body is larger than this operation accepts (docs/api.md gives the "
            + "limits)."),
    UNSUPPORTED_MEDIA_TYPE(415, "UnsupportedMediaType", "The body's Content-Type is not one this operation takes."),
    INVALID_INPUT(422, "InvalidInput", "The input breaks a rule; `errors` names each offending field or parameter and "
            + "the rule (docs/api.md lists the rules)."),
    TOO_MANY_REQUESTS(429, "TooManyRequests", "Too many failed sign-ins for this account or from this address, or "
            + "(signing with the key the server holds) too many wrong PINs for that key; try again after the seconds in "
            + "`Retry-After`."),
    INTERNAL_ERROR(500, "InternalError", "Something went wrong on the server; `detail` names an incident id that the "
            + "server log explains."),
    SERVICE_UNAVAILABLE(503, "ServiceUnavailable", "Every password-checking slot stayed busy while the request waited "
            + "(`sign-in-busy`), the directory that checks the password, or whether it knows a new account's username, "
            + "could not be asked (`directory-unavailable`), "
            + "or, when signing, the timestamp authority did not answer (`timestamp-unavailable`); try again later, after "
            + "the seconds in `Retry-After` where it is given.");

    private static final Set<String> CHANGING = Set.of("POST", "PUT", "DELETE", "PATCH");

    private final int status;
    private final String component;
    private final String description;

    ErrorAnswer(int status, String component, String description) {
        this.status = status;
        this.component = component;
        this.description = description;
    }

    public int status() {
        return status;
    }

    /** The name under {@code components/responses}. */
    public String component() {
        return component;
    }

    public String description() {
        return description;
    }

    /**
     * The error answers of one operation, answered by one or more resource methods (several where they differ only by
     * the media type they take). Every operation needs credentials and may be throttled, find sign-in busy or fail; the rest follows from
     * what it takes: roles, path identifiers, parameters, a body, and whether it changes state.
     */
    public static Set<ErrorAnswer> of(List<ResourceMethod> methods) {
        Set<ErrorAnswer> answers = EnumSet.of(UNAUTHENTICATED, TOO_MANY_REQUESTS, INTERNAL_ERROR, SERVICE_UNAVAILABLE);
        for (ResourceMethod method : methods) {
            if (restrictsRoles(method)) {
                answers.add(FORBIDDEN);
            }
            if (method.hasPathParameters()) {
                answers.add(NOT_FOUND);
            }
            if (method.path().contains("{preparation}")) {
                answers.add(GONE);
            }
            if (method.hasParameters() || method.takesBody()) {
                answers.addAll(List.of(BAD_REQUEST, INVALID_INPUT));
            }
            if (method.takesBody()) {
                answers.addAll(List.of(PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE));
            }
            if (CHANGING.contains(method.httpMethod())) {
                answers.add(CONFLICT);
            }
        }
        return answers;
    }

    /** Whether some signed-in user may be refused: the method does not allow every role. */
    private static boolean restrictsRoles(ResourceMethod method) {
        List<String> roles = RolesAllowedCheck.rolesOf(method.method(), method.resource());
        return roles != null && !roles.containsAll(Arrays.stream(Role.values()).map(Role::name).toList());
    }
}

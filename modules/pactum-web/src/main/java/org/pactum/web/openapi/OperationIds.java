package org.pactum.web.openapi;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Operation ids unique in the description and stable across builds: the resource's name without "Resource" and the
 * Java method's name ({@code AgreementsResource.search} is {@code agreementsSearch}, said once where the resource's
 * name already ends with it), so a generated client has one
 * method per operation with a name a reader can trace back to the code.
 */
final class OperationIds {

    private OperationIds() {
    }

    /**
     * The id of an operation answered by the given methods; where several methods answer it (one per media type taken),
     * the resource's name and the HTTP method.
     */
    static String of(List<ResourceMethod> methods) {
        ResourceMethod first = methods.getFirst();
        String resource = first.resource().getSimpleName().replaceFirst("Resource$", "");
        String noun = Character.toLowerCase(resource.charAt(0)) + resource.substring(1);
        String verb = methods.size() == 1 ? first.method().getName() : first.httpMethod().toLowerCase(Locale.ROOT);
        // AbsencesResource.absences is absences, ApprovalSheetResource.sheet approvalSheet: the name says it once.
        return noun.toLowerCase(Locale.ROOT).endsWith(verb.toLowerCase(Locale.ROOT)) ? noun
                : noun + Character.toUpperCase(verb.charAt(0)) + verb.substring(1);
    }

    /** The id itself if no other operation has it yet, else the id with the HTTP method appended; marks it taken. */
    static String unique(String id, String httpMethod, Set<String> taken) {
        String verb = httpMethod.toLowerCase(Locale.ROOT);
        String result = taken.contains(id) ? id + Character.toUpperCase(verb.charAt(0)) + verb.substring(1) : id;
        taken.add(result);
        return result;
    }
}

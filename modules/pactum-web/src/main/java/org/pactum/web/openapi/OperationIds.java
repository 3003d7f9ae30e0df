package org.pactum.web.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Operation ids unique in the description and stable across builds: the resource's name without "Resource" and the
 * Java method's name ({@code AgreementsResource.search} is {@code agreementsSearch}, said once where the resource's
 * name already ends with it), so a generated client has one method per operation with a name a reader can trace back
 * to the code. An id a method declares itself ({@code @Operation(operationId = …)}) is taken as it is.
 */
final class OperationIds {

    /** Words that end a shared beginning of method names without saying anything: completeWith… is complete. */
    private static final Set<String> CONNECTIVES = Set.of("with", "by", "from", "to", "for", "of", "as");

    private OperationIds() {
    }

    /**
     * The id of an operation answered by the given methods. Where several methods answer it (one per media type taken),
     * the words their names begin with alike ({@code holdPkcs11}, {@code holdPkcs12}: {@code hold}), else the HTTP
     * method.
     */
    static String of(List<ResourceMethod> methods) {
        Optional<String> declared = methods.stream()
                .map(method -> method.method().getAnnotation(Operation.class))
                .filter(Objects::nonNull)
                .map(Operation::operationId)
                .filter(id -> !id.isBlank())
                .findFirst();
        if (declared.isPresent()) {
            return declared.get();
        }
        ResourceMethod first = methods.getFirst();
        String resource = first.resource().getSimpleName().replaceFirst("Resource$", "");
        String noun = Character.toLowerCase(resource.charAt(0)) + resource.substring(1);
        String verb = methods.size() == 1 ? first.method().getName()
                : sharedBeginning(methods.stream().map(method -> method.method().getName()).toList())
                        .orElse(first.httpMethod().toLowerCase(Locale.ROOT));
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

    private static Optional<String> sharedBeginning(List<String> names) {
        List<List<String>> words = names.stream().map(name -> Arrays.asList(name.split("(?=\\p{Lu})"))).toList();
        List<String> shared = new ArrayList<>();
        while (words.stream().allMatch(each -> each.size() > shared.size())) {
            String word = words.getFirst().get(shared.size());
            if (!words.stream().allMatch(each -> each.get(shared.size()).equals(word))) {
                break;
            }
            shared.add(word);
        }
        while (!shared.isEmpty() && CONNECTIVES.contains(shared.getLast().toLowerCase(Locale.ROOT))) {
            shared.removeLast();
        }
        return shared.isEmpty() ? Optional.empty() : Optional.of(String.join("", shared));
    }
}

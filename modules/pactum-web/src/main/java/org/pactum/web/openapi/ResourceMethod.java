package org.pactum.web.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * One JAX-RS resource method as the description's operation sees it: HTTP method, full path template and the Java
 * method that answers.
 *
 * @param httpMethod upper case, e.g. {@code GET}
 * @param path       the template as the description writes it, e.g. {@code /api/v1/agreements/{id}}
 */
public record ResourceMethod(String httpMethod, String path, Class<?> resource, Method method) {

    private static final List<Class<? extends Annotation>> NOT_BODY = List.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    /** The key the description's path and operation give: {@code GET /api/v1/agreements}. */
    public String key() {
        return httpMethod + " " + path;
    }

    public boolean hasPathParameters() {
        return parametersWith(PathParam.class).findAny().isPresent();
    }

    /** Path, query or header parameters: each can be malformed. */
    public boolean hasParameters() {
        return parametersWith(PathParam.class).findAny().isPresent() || parametersWith(QueryParam.class).findAny().isPresent()
                || parametersWith(HeaderParam.class).findAny().isPresent();
    }

    /** A request body: an entity parameter or form fields. */
    public boolean takesBody() {
        return entityParameter().isPresent() || parametersWith(FormParam.class).findAny().isPresent();
    }

    /** The parameter JAX-RS fills from the body, if any. */
    public Optional<Parameter> entityParameter() {
        return Arrays.stream(method.getParameters())
                .filter(parameter -> NOT_BODY.stream().noneMatch(parameter::isAnnotationPresent))
                .findFirst();
    }

    public Stream<Parameter> parametersWith(Class<? extends Annotation> annotation) {
        return Arrays.stream(method.getParameters()).filter(parameter -> parameter.isAnnotationPresent(annotation));
    }

    /**
     * The Java parameter a described parameter comes from.
     *
     * @param in   where the description says it is: {@code path}, {@code query} or {@code header}
     * @param name its name there
     */
    public Optional<Parameter> javaParameter(String in, String name) {
        return Arrays.stream(method.getParameters()).filter(parameter -> switch (in) {
            case "path" -> parameter.isAnnotationPresent(PathParam.class)
                    && parameter.getAnnotation(PathParam.class).value().equals(name);
            case "query" -> parameter.isAnnotationPresent(QueryParam.class)
                    && parameter.getAnnotation(QueryParam.class).value().equals(name);
            case "header" -> parameter.isAnnotationPresent(HeaderParam.class)
                    && parameter.getAnnotation(HeaderParam.class).value().equalsIgnoreCase(name);
            default -> false;
        }).findFirst();
    }

    /** The media types of the body: the method's {@code @Consumes}, else the class's, else JSON. */
    public List<String> consumes() {
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : resource.getAnnotation(Consumes.class);
        return consumes == null ? List.of(MediaType.APPLICATION_JSON) : List.of(consumes.value());
    }

    /** The path template of a method on a resource under the application path, as the description writes it. */
    static String template(String applicationPath, Class<?> resource, Method method) {
        StringBuilder path = new StringBuilder();
        Stream.of(applicationPath, valueOf(resource.getAnnotation(Path.class)), valueOf(method.getAnnotation(Path.class)))
                .map(segment -> segment.replaceAll("^/+|/+$", ""))
                .filter(segment -> !segment.isEmpty())
                .forEach(segment -> path.append('/').append(segment));
        // {id: \d+} is {id} in the description.
        return path.toString().replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}");
    }

    private static String valueOf(Path path) {
        return path == null ? "" : path.value();
    }
}

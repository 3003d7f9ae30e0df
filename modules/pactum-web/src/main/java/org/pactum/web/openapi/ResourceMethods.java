package org.pactum.web.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;

import org.pactum.web.json.PactumApi;

/**
 * The resource methods of the API, found by their annotations among the application's own classes, so a new resource
 * is described without anyone listing it.
 */
public final class ResourceMethods {

    private static final String ROOT_PACKAGE = "org/pactum/web/";

    private final Map<String, List<ResourceMethod>> byKey;

    private ResourceMethods(Collection<ResourceMethod> methods) {
        this.byKey = methods.stream().collect(Collectors.groupingBy(ResourceMethod::key, TreeMap::new, Collectors.toList()));
        byKey.values().forEach(list -> list.sort(Comparator.comparing(each -> each.method().getName())));
    }

    /** The resource methods of the given classes under the API's application path. */
    public static ResourceMethods of(Collection<Class<?>> resources) {
        String applicationPath = PactumApi.class.getAnnotation(ApplicationPath.class).value();
        List<ResourceMethod> methods = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getMethods()) {
                httpMethodOf(method).ifPresent(verb -> methods.add(new ResourceMethod(verb,
                        ResourceMethod.template(applicationPath, resource, method), resource, method)));
            }
        }
        return new ResourceMethods(methods);
    }

    /** The resource methods of every {@code @Path} class of this application. */
    public static ResourceMethods ofApplication() {
        return of(resourceClasses());
    }

    /** The Java methods that answer one operation: usually one, several where they differ by the media type they take. */
    public List<ResourceMethod> answering(String httpMethod, String path) {
        return byKey.getOrDefault(httpMethod + " " + path, List.of());
    }

    public Collection<List<ResourceMethod>> operations() {
        return byKey.values();
    }

    /** The {@code @Path} classes below org.pactum.web, read from where this class itself was loaded. */
    static List<Class<?>> resourceClasses() {
        ClassLoader loader = ResourceMethods.class.getClassLoader();
        return classNames().stream()
                .<Class<?>>map(name -> load(name, loader))
                .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class) && !Modifier.isAbstract(type.getModifiers()))
                .toList();
    }

    private static List<String> classNames() {
        String self = ResourceMethods.class.getName().replace('.', '/') + ".class";
        URL url = ResourceMethods.class.getClassLoader().getResource(self);
        if (url == null) {
            throw new IllegalStateException("Cannot find " + self + " to look for resource classes beside it");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return namesUnder(jar.getPath("/"));
                }
            }
            Path file = Path.of(uri);
            Path root = file;
            for (int i = 0; i < self.split("/").length; i++) {
                root = root.getParent();
            }
            return namesUnder(root);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot list the classes beside " + url, e);
        }
    }

    private static List<String> namesUnder(Path root) throws IOException {
        Path start = root.resolve(ROOT_PACKAGE);
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(start)) {
            return files.map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("Cannot load " + name, e);
        }
    }

    private static Optional<String> httpMethodOf(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                .filter(java.util.Objects::nonNull)
                .map(HttpMethod::value)
                .findFirst();
    }
}

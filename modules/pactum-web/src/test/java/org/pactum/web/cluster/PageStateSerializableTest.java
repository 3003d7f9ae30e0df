package org.pactum.web.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

/**
 * A page session may move to another node (web.xml is distributable), so whatever a view- or session-scoped bean
 * holds must serialize: each field that is not injected, static or transient, and what its type holds in turn.
 */
class PageStateSerializableTest {

    @Test
    void every_field_of_every_view_or_session_scoped_bean_is_serializable_all_the_way_down() throws Exception {
        List<Class<?>> beans = pageScopedBeans();
        assertFalse(beans.isEmpty(), "no page-scoped beans found");
        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            fieldsOf(bean, true, bean.getSimpleName(), seen, problems);
        }
        assertEquals(List.of(), problems);
    }

    private static void fieldsOf(Class<?> type, boolean bean, String path, Set<Type> seen, List<String> problems) {
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                        || bean && field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), seen, problems);
            }
        }
    }

    private static void check(Type type, String path, Set<Type> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", seen, problems);
            }
            type = parameterized.getRawType();
        }
        if (!(type instanceof Class<?> raw) || raw.isPrimitive() || raw.isEnum()) {
            return;
        }
        if (raw.isArray()) {
            check(raw.getComponentType(), path + "[]", seen, problems);
            return;
        }
        if (raw.getName().startsWith("java.")) {
            // the JDK's collections and values: their element types are checked through the type arguments
            return;
        }
        if (!Serializable.class.isAssignableFrom(raw) && !raw.isInterface()) {
            problems.add(path + ": " + raw.getName() + " is not Serializable");
            return;
        }
        fieldsOf(raw, false, path, seen, problems);
    }

    private static List<Class<?>> pageScopedBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(ClusterMaps.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, PageStateSerializableTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return beans;
    }
}

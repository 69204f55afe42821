package org.activationlab;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The bytes of the primitive arrays and primitive fields reachable from an object, each object
 * counted once: a deterministic stand-in for its retained size, for tests that memory stays
 * bounded (a heap measurement after GC would depend on the collector and on other tests). Walks the
 * fields of the project's own classes, the elements of arrays and of collections; JDK objects other
 * than collections, enums and classes count as nothing.
 */
public final class ReachableBytes {
    private ReachableBytes() {
    }

    /** The bytes reachable from {@code root}. */
    public static long of(Object root) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        long bytes = 0;
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (o instanceof Enum<?> || o instanceof Class<?> || !seen.add(o)) {
                continue;
            }
            Class<?> type = o.getClass();
            if (type.isArray()) {
                int n = Array.getLength(o);
                Class<?> element = type.getComponentType();
                if (element.isPrimitive()) {
                    bytes += (long) n * primitiveBytes(element);
                } else {
                    for (int i = 0; i < n; i++) {
                        push(todo, Array.get(o, i));
                    }
                }
            } else if (o instanceof Collection<?> c) {
                c.forEach(x -> push(todo, x));
            } else if (o instanceof Map<?, ?> m) {
                m.forEach((k, v) -> {
                    push(todo, k);
                    push(todo, v);
                });
            } else if (type.getName().startsWith("org.activationlab.")) {
                for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
                    for (Field f : t.getDeclaredFields()) {
                        if (Modifier.isStatic(f.getModifiers())) {
                            continue;
                        }
                        if (f.getType().isPrimitive()) {
                            bytes += primitiveBytes(f.getType());
                        } else {
                            f.setAccessible(true);
                            try {
                                push(todo, f.get(o));
                            } catch (IllegalAccessException e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    }
                }
            }
        }
        return bytes;
    }

    private static void push(Deque<Object> todo, Object o) {
        if (o != null) {
            todo.push(o);
        }
    }

    private static int primitiveBytes(Class<?> type) {
        if (type == long.class || type == double.class) {
            return 8;
        }
        if (type == int.class || type == float.class) {
            return 4;
        }
        if (type == short.class || type == char.class) {
            return 2;
        }
        return 1;
    }
}

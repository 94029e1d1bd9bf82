package dev.agentcore4j.agent;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives JSON schemas from Java types: String, integral and floating numbers, boolean, enums,
 * {@code List<T>}, {@code Optional<T>} (not required), {@code Map<String, ?>} and records (nested).
 */
final class TypeSchemas {

    private static final Set<Class<?>> INTEGERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(double.class, Double.class, float.class, Float.class,
            BigDecimal.class);

    private TypeSchemas() {
    }

    /** The object schema of a record type: one property per component, all but Optional required. */
    static Map<String, Object> forRecord(Class<? extends Record> type) {
        var properties = new LinkedHashMap<String, Object>();
        var required = new ArrayList<Object>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = RecordBinder.argumentName(component);
            properties.put(name, describe(forType(component.getGenericType()), component));
            if (!isOptional(component.getGenericType())) {
                required.add(name);
            }
        }
        return object(properties, required);
    }

    static Map<String, Object> object(Map<String, Object> properties, List<Object> required) {
        var schema = new LinkedHashMap<String, Object>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        return schema;
    }

    static Map<String, Object> forType(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type arg = p.getActualTypeArguments()[p.getActualTypeArguments().length - 1];
            if (raw == Optional.class) {
                return forType(arg);
            }
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", forType(arg));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object");
            }
            return forType(raw);
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalArgumentException("cannot derive a JSON schema for type " + type);
        }
        if (c == String.class) {
            return Map.of("type", "string");
        }
        if (INTEGERS.contains(c)) {
            return Map.of("type", "integer");
        }
        if (NUMBERS.contains(c)) {
            return Map.of("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c.isEnum()) {
            List<Object> names = Arrays.stream(c.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList();
            return Map.of("type", "string", "enum", names);
        }
        if (c.isRecord()) {
            return forRecord(c.asSubclass(Record.class));
        }
        if (Map.class.isAssignableFrom(c)) {
            return Map.of("type", "object");
        }
        throw new IllegalArgumentException("cannot derive a JSON schema for type " + c.getName()
                + "; use String, numbers, boolean, enums, List, Optional, Map or records");
    }

    static boolean isOptional(Type type) {
        return type == Optional.class
                || type instanceof ParameterizedType p && p.getRawType() == Optional.class;
    }

    static Map<String, Object> describe(Map<String, Object> schema, AnnotatedElement element) {
        Param param = element.getAnnotation(Param.class);
        if (param == null || param.description().isBlank()) {
            return schema;
        }
        var described = new LinkedHashMap<>(schema);
        described.put("description", param.description());
        return described;
    }
}

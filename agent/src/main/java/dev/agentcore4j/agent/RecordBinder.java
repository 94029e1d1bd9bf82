package dev.agentcore4j.agent;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Converts between JSON-like values and Java values (the types {@link TypeSchemas} describes):
 * arguments into method parameters and records, and records back into maps. Values are expected to
 * have passed {@link SchemaValidator} first; a mismatch still fails with a clear message.
 */
final class RecordBinder {

    private RecordBinder() {
    }

    static <R extends Record> R toRecord(Class<R> type, Map<String, Object> values) {
        return type.cast(convert(type, values, ""));
    }

    static Object convert(Type type, Object value, String path) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type arg = p.getActualTypeArguments()[p.getActualTypeArguments().length - 1];
            if (raw == Optional.class) {
                return Optional.ofNullable(value == null ? null : convert(arg, value, path));
            }
            if (Collection.class.isAssignableFrom(raw) && value instanceof List<?> list) {
                var out = new ArrayList<Object>(list.size());
                for (int i = 0; i < list.size(); i++) {
                    out.add(convert(arg, list.get(i), path + "[" + i + "]"));
                }
                return Set.class.isAssignableFrom(raw) ? Set.copyOf(out) : List.copyOf(out);
            }
            return convert(raw, value, path);
        }
        if (value == null) {
            if (type == Optional.class) {
                return Optional.empty();
            }
            throw new IllegalArgumentException(argument(path) + " is required");
        }
        Class<?> c = (Class<?>) type;
        if (c == Optional.class) {
            return Optional.of(value);
        }
        if (c == Object.class || c.isInstance(value) && !(value instanceof Number)) {
            return value;
        }
        if (value instanceof Number n) {
            return number(c, n, path);
        }
        if (c.isEnum() && value instanceof String s) {
            for (Object constant : c.getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(s)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException(argument(path) + " must be one of " + List.of(c.getEnumConstants()));
        }
        if (c.isRecord() && value instanceof Map<?, ?> map) {
            return record(c, map, path);
        }
        throw new IllegalArgumentException(argument(path) + " must be " + c.getSimpleName().toLowerCase());
    }

    private static Object number(Class<?> c, Number n, String path) {
        if (c == double.class || c == Double.class) {
            return n.doubleValue();
        }
        if (c == float.class || c == Float.class) {
            return n.floatValue();
        }
        if (c == BigDecimal.class) {
            return new BigDecimal(n.toString());
        }
        if (c == Number.class || c == Object.class) {
            return n;
        }
        if (!SchemaValidator.isInteger(n)) {
            throw new IllegalArgumentException(argument(path) + " must be an integer");
        }
        long v = n.longValue();
        if (c == long.class || c == Long.class) {
            return v;
        }
        if (c == BigInteger.class) {
            return BigInteger.valueOf(v);
        }
        if ((c == int.class || c == Integer.class) && v == (int) v) {
            return (int) v;
        }
        if ((c == short.class || c == Short.class) && v == (short) v) {
            return (short) v;
        }
        if ((c == byte.class || c == Byte.class) && v == (byte) v) {
            return (byte) v;
        }
        throw new IllegalArgumentException(argument(path) + " is out of range for " + c.getSimpleName());
    }

    private static Object record(Class<?> type, Map<?, ?> map, String path) {
        RecordComponent[] components = type.getRecordComponents();
        var types = new Class<?>[components.length];
        var args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = argumentName(components[i]);
            types[i] = components[i].getType();
            args[i] = convert(components[i].getGenericType(), map.get(name), path.isEmpty() ? name : path + "." + name);
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.trySetAccessible();
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException((path.isEmpty() ? type.getSimpleName() : argument(path))
                    + " is invalid: " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct record " + type.getName(), e);
        }
    }

    /** A record as a JSON-like map: nested records become maps, enums their names, empty Optionals vanish. */
    static Map<String, Object> toMap(Record record) {
        var map = new LinkedHashMap<String, Object>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                var accessor = component.getAccessor();
                accessor.trySetAccessible();
                Object value = toJsonLike(accessor.invoke(record));
                if (value != null) {
                    map.put(argumentName(component), value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read record component " + component, e);
            }
        }
        return map;
    }

    private static Object toJsonLike(Object value) {
        return switch (value) {
            case null -> null;
            case Optional<?> o -> o.map(RecordBinder::toJsonLike).orElse(null);
            case Record r -> toMap(r);
            case Enum<?> e -> e.name();
            case Collection<?> c -> c.stream().map(RecordBinder::toJsonLike).toList();
            default -> value;
        };
    }

    static String argumentName(RecordComponent component) {
        Param param = component.getAnnotation(Param.class);
        return param != null && !param.name().isBlank() ? param.name() : component.getName();
    }

    static String argumentName(Parameter parameter) {
        Param param = parameter.getAnnotation(Param.class);
        if (param != null && !param.name().isBlank()) {
            return param.name();
        }
        if (!parameter.isNamePresent()) {
            throw new IllegalArgumentException("parameter names of " + parameter.getDeclaringExecutable()
                    + " are not available: compile with -parameters or set @Param(name = ...)");
        }
        return parameter.getName();
    }

    private static String argument(String path) {
        return path.isEmpty() ? "the input" : "argument '" + path + "'";
    }
}

package dev.agentcore4j.agent;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks and copies JSON-like values: Map with String keys, List, String, Number, Boolean.
 * Copies keep map order (schemas read better that way) and are unmodifiable. Map entries whose value
 * is null are dropped, because providers decode JSON {@code null} to Java null and an absent
 * argument means the same thing to a JSON schema; a null anywhere else is rejected.
 */
final class JsonValues {

    private JsonValues() {
    }

    static Object copy(Object value, String path) {
        return switch (value) {
            case null -> throw new IllegalArgumentException(path + " must not be null");
            case String s -> s;
            case Boolean b -> b;
            case Integer _, Long _, Short _, Byte _, BigInteger _, BigDecimal _ -> value;
            case Double d -> finite(d, path);
            case Float f -> finite(f.doubleValue(), path);
            case Map<?, ?> map -> copyMap(map, path);
            case List<?> list -> copyList(list, path);
            default -> throw new IllegalArgumentException(
                    path + " is not JSON-like: " + value.getClass().getName());
        };
    }

    static Map<String, Object> copyObject(Map<String, ?> map, String path) {
        if (map == null) {
            throw new IllegalArgumentException(path + " must not be null");
        }
        return copyMap(map, path);
    }

    private static Double finite(double d, String path) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException(path + " must be a finite number");
        }
        return d;
    }

    private static Map<String, Object> copyMap(Map<?, ?> map, String path) {
        var copy = new LinkedHashMap<String, Object>();
        for (var e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException(path + " has a non-string key: " + e.getKey());
            }
            if (e.getValue() != null) {
                copy.put(key, copy(e.getValue(), path + "." + key));
            }
        }
        return Collections.unmodifiableMap(copy);
    }

    private static List<Object> copyList(List<?> list, String path) {
        var copy = new ArrayList<Object>(list.size());
        for (int i = 0; i < list.size(); i++) {
            copy.add(copy(list.get(i), path + "[" + i + "]"));
        }
        return Collections.unmodifiableList(copy);
    }
}

package dev.agentcore4j.model.bedrock;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

/**
 * Converts between the agent's JSON-like values (Map, List, String, Number, Boolean) and the SDK's
 * {@link Document}, which Converse uses for tool schemas, tool inputs and JSON tool results.
 * Numbers come back as Integer or Long when integral, else as BigDecimal, so nothing is rounded.
 */
final class Documents {

    private Documents() {
    }

    static Document toDocument(Object value) {
        return switch (value) {
            case null -> Document.fromNull();
            case String s -> Document.fromString(s);
            case Boolean b -> Document.fromBoolean(b);
            case Integer i -> Document.fromNumber(i);
            case Long l -> Document.fromNumber(l);
            case Double d -> Document.fromNumber(d);
            case Float f -> Document.fromNumber(f);
            case BigDecimal d -> Document.fromNumber(d);
            case BigInteger i -> Document.fromNumber(i);
            case Number n -> Document.fromNumber(n.longValue());
            case Map<?, ?> map -> {
                var members = new LinkedHashMap<String, Document>();
                map.forEach((k, v) -> members.put(String.valueOf(k), toDocument(v)));
                yield Document.fromMap(members);
            }
            case List<?> list -> Document.fromList(list.stream().map(Documents::toDocument).toList());
            default -> throw new IllegalArgumentException("not a JSON-like value: " + value.getClass().getName());
        };
    }

    static Map<String, Object> toObject(Document document) {
        if (document == null || document.isNull()) {
            return Map.of();
        }
        if (!document.isMap()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        var out = new LinkedHashMap<String, Object>();
        document.asMap().forEach((k, v) -> {
            if (!v.isNull()) {
                out.put(k, toValue(v));
            }
        });
        return out;
    }

    private static Object toValue(Document d) {
        if (d.isString()) {
            return d.asString();
        }
        if (d.isBoolean()) {
            return d.asBoolean();
        }
        if (d.isNumber()) {
            return number(d.asNumber());
        }
        if (d.isList()) {
            var out = new ArrayList<Object>();
            d.asList().stream().filter(v -> !v.isNull()).forEach(v -> out.add(toValue(v)));
            return out;
        }
        return toObject(d);
    }

    private static Object number(SdkNumber n) {
        BigDecimal value = n.bigDecimalValue();
        if (value.stripTrailingZeros().scale() <= 0) {
            try {
                long l = value.longValueExact();
                return l == (int) l ? (Object) (int) l : (Object) l;
            } catch (ArithmeticException e) {
                return value;
            }
        }
        return value;
    }
}

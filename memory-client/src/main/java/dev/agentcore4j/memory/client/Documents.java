package dev.agentcore4j.memory.client;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

/** JSON-like Java values (the agent's tool inputs and JSON results) to SDK documents and back. */
final class Documents {

    private Documents() {
    }

    static Document of(Object value) {
        return switch (value) {
            case null -> Document.fromNull();
            case String s -> Document.fromString(s);
            case Boolean b -> Document.fromBoolean(b);
            case Integer i -> Document.fromNumber(i);
            case Long l -> Document.fromNumber(l);
            case Short s -> Document.fromNumber(s.intValue());
            case Byte b -> Document.fromNumber(b.intValue());
            case BigInteger i -> Document.fromNumber(i);
            case BigDecimal d -> Document.fromNumber(d);
            case Number n -> Document.fromNumber(n.doubleValue());
            case Map<?, ?> map -> {
                Map<String, Document> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(String.valueOf(k), of(v)));
                yield Document.fromMap(out);
            }
            case List<?> list -> Document.fromList(list.stream().map(Documents::of).toList());
            default -> Document.fromString(value.toString());
        };
    }

    /** The document as Map, List, String, Integer/Long/BigInteger/Double, Boolean; JSON null as absent (null). */
    static Object value(Document document) {
        if (document == null || document.isNull()) {
            return null;
        }
        if (document.isString()) {
            return document.asString();
        }
        if (document.isBoolean()) {
            return document.asBoolean();
        }
        if (document.isNumber()) {
            return number(document.asNumber());
        }
        if (document.isList()) {
            List<Object> out = new ArrayList<>();
            for (Document item : document.asList()) {
                Object v = value(item);
                if (v != null) {
                    out.add(v);
                }
            }
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        document.asMap().forEach((k, v) -> {
            Object converted = value(v);
            if (converted != null) {
                out.put(k, converted);
            }
        });
        return out;
    }

    /** As Jackson reads JSON numbers: int, then long, then BigInteger; anything with a fraction or exponent as double. */
    private static Number number(SdkNumber number) {
        String text = number.stringValue();
        if (text.contains(".") || text.contains("e") || text.contains("E")) {
            return number.doubleValue();
        }
        BigInteger integer = new BigInteger(text);
        if (integer.bitLength() < 32) {
            return integer.intValue();
        }
        return integer.bitLength() < 64 ? (Number) integer.longValue() : integer;
    }

    static Map<String, Object> object(Document document) {
        return document != null && document.isMap() ? castMap(value(document)) : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}

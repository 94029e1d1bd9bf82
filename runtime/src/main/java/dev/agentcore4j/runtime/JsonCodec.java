package dev.agentcore4j.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON codec of the container: compact output, non-ASCII kept as UTF-8.
 *
 * <p>Two levels of the same library: the data-binding mapper for payloads and replies, and its
 * streaming generator for the fixed-shape bodies of {@code /ping} and errors. The mapper costs tens
 * of milliseconds to build and introspect, so it is made lazily (and warmed in the background after
 * start-up) and the first {@code /ping} never waits for it.
 */
final class JsonCodec {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Built on first use. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();

        static {
            // Payloads may be up to 100 MB, so one string may be too.
            INSTANCE.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE).build());
        }
    }

    private JsonCodec() {
    }

    static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    /** Builds the mapper and introspects the common shapes ahead of the first invocation. */
    static void warmUp() {
        try {
            mapper().readTree("{\"prompt\":\"warm\",\"n\":[1,2.5,true,null]}");
            write(java.util.Map.of("result", java.util.List.of("warm", 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(byte[] body) throws IOException {
        return mapper().readTree(body);
    }

    static byte[] write(Object value) {
        try {
            return mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes a flat object of string fields (nulls skipped) with the streaming generator. */
    static byte[] object(String... namesAndValues) {
        try (ByteArrayBuilder out = new ByteArrayBuilder(128); JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (namesAndValues[i + 1] != null) {
                    g.writeStringField(namesAndValues[i], namesAndValues[i + 1]);
                }
            }
            g.writeEndObject();
            g.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code {"status": …, "time_of_last_update": …}}, the ping body. */
    static byte[] ping(String status, long timeOfLastUpdate) {
        try (ByteArrayBuilder out = new ByteArrayBuilder(64); JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("status", status);
            g.writeNumberField("time_of_last_update", timeOfLastUpdate);
            g.writeEndObject();
            g.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

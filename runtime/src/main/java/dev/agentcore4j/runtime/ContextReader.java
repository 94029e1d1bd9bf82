package dev.agentcore4j.runtime;

import com.sun.net.httpserver.Headers;
import dev.agentcore4j.contract.AgentCoreHeaders;
import dev.agentcore4j.contract.HeaderForwarding;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Builds an {@link InvocationContext} from request headers, as the Python SDK does. */
final class ContextReader {

    private static final String CUSTOM = AgentCoreHeaders.CUSTOM_PREFIX.toLowerCase(Locale.ROOT);

    private ContextReader() {
    }

    static InvocationContext read(Headers headers, Cancellation cancellation) {
        // com.sun.net.httpserver.Headers looks names up case-insensitively.
        String token = headers.getFirst(AgentCoreHeaders.IDENTITY_WAT);
        if (token == null) {
            token = headers.getFirst(AgentCoreHeaders.WORKLOAD_ACCESS_TOKEN);
        }
        String requestId = headers.getFirst(AgentCoreHeaders.REQUEST_ID);
        return new InvocationContext(
                headers,
                headers.getFirst(AgentCoreHeaders.SESSION_ID),
                requestId == null || requestId.isBlank() ? newRequestId() : requestId,
                token,
                headers.getFirst(AgentCoreHeaders.OAUTH2_CALLBACK_URL),
                headers.getFirst(AgentCoreHeaders.AUTHORIZATION),
                cancellation);
    }

    /**
     * A random (version 4) UUID. Request ids are correlation ids, not secrets, so a fast
     * non-cryptographic source is enough; {@code UUID.randomUUID()} costs a SecureRandom per request.
     */
    private static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** Forwardable headers keyed as received; {@code Authorization} under its canonical name. */
    static Map<String, String> forwardedHeaders(Headers headers) {
        Map<String, String> forwarded = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            String name = header.getKey();
            if (name.equalsIgnoreCase(AgentCoreHeaders.AUTHORIZATION)) {
                forwarded.put(AgentCoreHeaders.AUTHORIZATION, first(header.getValue()));
            } else if (HeaderForwarding.isForwardable(name)) {
                forwarded.put(name, first(header.getValue()));
            }
        }
        return Collections.unmodifiableMap(forwarded);
    }

    static Map<String, String> customHeaders(Headers headers) {
        Map<String, String> custom = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().toLowerCase(Locale.ROOT).startsWith(CUSTOM)) {
                custom.put(header.getKey(), first(header.getValue()));
            }
        }
        return Collections.unmodifiableMap(custom);
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? "" : values.getFirst();
    }
}

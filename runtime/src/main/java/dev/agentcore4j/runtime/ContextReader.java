package dev.agentcore4j.runtime;

import com.sun.net.httpserver.Headers;
import dev.agentcore4j.contract.AgentCoreHeaders;
import dev.agentcore4j.contract.HeaderForwarding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Builds an {@link InvocationContext} from request headers, as the Python SDK does. */
final class ContextReader {

    private static final String CUSTOM = AgentCoreHeaders.CUSTOM_PREFIX.toLowerCase(Locale.ROOT);

    private ContextReader() {
    }

    static InvocationContext read(Headers headers, Cancellation cancellation) {
        Map<String, String> forwarded = new LinkedHashMap<>();
        Map<String, String> custom = new LinkedHashMap<>();
        String authorization = null;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            String name = header.getKey();
            String value = header.getValue().isEmpty() ? "" : header.getValue().getFirst();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("authorization")) {
                authorization = value;
                forwarded.put(AgentCoreHeaders.AUTHORIZATION, value);
            } else if (HeaderForwarding.isForwardable(name)) {
                forwarded.put(name, value);
            }
            if (lower.startsWith(CUSTOM)) {
                custom.put(name, value);
            }
        }
        String token = first(headers, AgentCoreHeaders.IDENTITY_WAT);
        if (token == null) {
            token = first(headers, AgentCoreHeaders.WORKLOAD_ACCESS_TOKEN);
        }
        String requestId = first(headers, AgentCoreHeaders.REQUEST_ID);
        return new InvocationContext(
                first(headers, AgentCoreHeaders.SESSION_ID),
                requestId == null || requestId.isBlank() ? UUID.randomUUID().toString() : requestId,
                token,
                first(headers, AgentCoreHeaders.OAUTH2_CALLBACK_URL),
                authorization,
                custom,
                forwarded,
                headers,
                cancellation);
    }

    private static String first(Headers headers, String name) {
        // com.sun.net.httpserver.Headers looks names up case-insensitively.
        return headers.getFirst(name);
    }
}

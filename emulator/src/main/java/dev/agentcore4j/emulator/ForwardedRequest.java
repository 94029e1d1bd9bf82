package dev.agentcore4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.contract.AgentCoreHeaders;
import dev.agentcore4j.contract.ContainerContract;
import dev.agentcore4j.contract.HeaderForwarding;
import dev.agentcore4j.emulator.Records.Version;
import java.net.http.HttpRequest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The request the agent receives, built the way AgentCore builds it: the caller's SigV4 and other
 * headers are stripped; the session id, a fresh request id, a workload access token, the trace
 * headers and the runtime's allow-listed headers are set ({@code Authorization} among them only
 * when allow-listed, which needs a customJWTAuthorizer); the payload streams through.
 */
final class ForwardedRequest {

    /** Caller headers AgentCore passes to every container besides the allow-list. */
    private static final List<String> PASSED = List.of("Content-Type", "Accept", AgentCoreHeaders.USER_ID,
            "X-Amzn-Trace-Id", "traceparent", "tracestate", "baggage", AgentCoreHeaders.MCP_SESSION_ID,
            "Mcp-Protocol-Version");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ForwardedRequest() {
    }

    static HttpRequest build(HttpExchange exchange, Session session, Version version, HttpRequest.BodyPublisher body,
            Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                session.instance.base().resolve(ContainerContract.INVOCATIONS_PATH)).timeout(timeout);
        for (String name : PASSED) {
            String value = exchange.getRequestHeaders().getFirst(name);
            if (value != null) {
                request.header(name, value);
            }
        }
        for (JsonNode allowed : version.spec().path("requestHeaderConfiguration").path("requestHeaderAllowlist")) {
            String name = allowed.asText();
            String value = exchange.getRequestHeaders().getFirst(name);
            if (value != null && !HeaderForwarding.RESTRICTED.contains(name.toLowerCase(Locale.ROOT))
                    && !PASSED.contains(name)) {
                request.header(name, value);
            }
        }
        String token = workloadAccessToken();
        request.header(AgentCoreHeaders.SESSION_ID, session.key.sessionId())
                .header(AgentCoreHeaders.REQUEST_ID, UUID.randomUUID().toString())
                .header(AgentCoreHeaders.IDENTITY_WAT, token)
                .header(AgentCoreHeaders.WORKLOAD_ACCESS_TOKEN, token);
        return request.POST(body).build();
    }

    /** An opaque token minted locally: it identifies nothing outside the twin. */
    private static String workloadAccessToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "ac4j-local-wat-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

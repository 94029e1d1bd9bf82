package dev.agentcore4j.runtime;

import com.sun.net.httpserver.Headers;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What AgentCore tells an invocation besides its payload, read from the request headers.
 *
 * <p>{@link #requestHeaders()} holds the headers the platform contract forwards to agent code (see
 * {@code HeaderForwarding}); {@link #allHeaders()} holds every header as received.
 */
public final class InvocationContext {

    private final Headers headers;
    private final String sessionId;
    private final String requestId;
    private final String workloadAccessToken;
    private final String oauth2CallbackUrl;
    private final String authorization;
    private final Cancellation cancellation;
    // Derived on first use: most handlers never look, and building them costs on every request.
    private Map<String, String> customHeaders;
    private Map<String, String> requestHeaders;

    InvocationContext(Headers headers, String sessionId, String requestId, String workloadAccessToken,
            String oauth2CallbackUrl, String authorization, Cancellation cancellation) {
        this.headers = Objects.requireNonNull(headers, "headers");
        this.sessionId = sessionId;
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.workloadAccessToken = workloadAccessToken;
        this.oauth2CallbackUrl = oauth2CallbackUrl;
        this.authorization = authorization;
        this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
    }

    /** {@code X-Amzn-Bedrock-AgentCore-Runtime-Session-Id}, when the caller sent one. */
    public Optional<String> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    /** {@code X-Amzn-Bedrock-AgentCore-Runtime-Request-Id}, or a fresh UUID when absent. */
    public String requestId() {
        return requestId;
    }

    /** The workload access token: {@code X-Amz-Bedrock-AgentCore-Identity-WAT}, else {@code WorkloadAccessToken}. */
    public Optional<String> workloadAccessToken() {
        return Optional.ofNullable(workloadAccessToken);
    }

    /** {@code OAuth2CallbackUrl}, when present. */
    public Optional<String> oauth2CallbackUrl() {
        return Optional.ofNullable(oauth2CallbackUrl);
    }

    /** {@code Authorization}, delivered by AgentCore only when JWT auth is configured and allow-listed. */
    public Optional<String> authorization() {
        return Optional.ofNullable(authorization);
    }

    /** The first value of a header, looked up case-insensitively. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.getFirst(name));
    }

    /** The {@code X-Amzn-Bedrock-AgentCore-Runtime-Custom-*} headers, keyed as received. */
    public synchronized Map<String, String> customHeaders() {
        if (customHeaders == null) {
            customHeaders = ContextReader.customHeaders(headers);
        }
        return customHeaders;
    }

    /** Every forwardable header (the Python SDK's {@code request_headers}), keyed as received. */
    public synchronized Map<String, String> requestHeaders() {
        if (requestHeaders == null) {
            requestHeaders = ContextReader.forwardedHeaders(headers);
        }
        return requestHeaders;
    }

    /** Every request header as received (read-only), names in the server's canonical case. */
    public Map<String, List<String>> allHeaders() {
        return Collections.unmodifiableMap(headers);
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    @Override
    public String toString() {
        // Tokens and headers stay out of logs.
        return "InvocationContext[session=" + sessionId + ", request=" + requestId + "]";
    }
}

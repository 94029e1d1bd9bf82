package dev.agentcore4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.contract.AgentCoreHeaders;
import dev.agentcore4j.contract.AwsErrorType;
import dev.agentcore4j.contract.DataPlaneContract;
import dev.agentcore4j.emulator.Records.Version;
import java.util.Locale;
import java.util.Optional;

/**
 * Inbound auth as AgentCore applies it (contract §2.8): a runtime takes either SigV4 (no
 * {@code authorizerConfiguration}) or bearer JWTs ({@code customJWTAuthorizer}), never both; the wrong
 * kind is refused with AccessDeniedException "Authorization method mismatch". SigV4 signatures are
 * verified only when the twin has local credentials; control-plane calls are always SigV4.
 */
final class InboundAuth {

    private static final String BEARER = "bearer ";
    private static final String SIGV4 = "aws4-hmac-sha256";

    private final Optional<SigV4> sigV4;
    private final JwtAuthorizer jwt;

    InboundAuth(Optional<SigV4> sigV4, JwtAuthorizer jwt) {
        this.sigV4 = sigV4;
        this.jwt = jwt;
    }

    /** A control-plane request: its signature, when verification is on. */
    void control(HttpExchange exchange, RequestBody body) {
        sigV4.ifPresent(v -> v.verify(exchange, body));
    }

    /**
     * A data-plane request to one runtime version.
     *
     * @param resourceMetadata the protected-resource metadata URL named in 401's {@code WWW-Authenticate}
     * @throws TwinException 401 UnauthorizedException without a bearer token on a JWT runtime; 403
     *     AccessDeniedException for a token the authorizer refuses or the wrong auth method; the SigV4
     *     shapes of {@link SigV4#verify}
     */
    void data(HttpExchange exchange, Version version, RequestBody body, String resourceMetadata) {
        JsonNode authorizer = version.spec().path("authorizerConfiguration").path("customJWTAuthorizer");
        String authorization = Optional.ofNullable(exchange.getRequestHeaders().getFirst(AgentCoreHeaders.AUTHORIZATION))
                .orElse("").strip();
        String lower = authorization.toLowerCase(Locale.ROOT);
        if (authorizer.isMissingNode()) {
            if (lower.startsWith(BEARER)) {
                throw TwinException.of(AwsErrorType.ACCESS_DENIED, DataPlaneContract.AUTH_MISMATCH_MESSAGE);
            }
            sigV4.ifPresent(v -> v.verify(exchange, body));
            return;
        }
        if (lower.startsWith(SIGV4)) {
            throw TwinException.of(AwsErrorType.ACCESS_DENIED, DataPlaneContract.AUTH_MISMATCH_MESSAGE);
        }
        if (!lower.startsWith(BEARER) || authorization.substring(BEARER.length()).isBlank()) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer resource_metadata=\"" + resourceMetadata + "\"");
            throw TwinException.of(AwsErrorType.UNAUTHORIZED, "Missing bearer token: this agent runtime uses "
                    + "a customJWTAuthorizer; send 'Authorization: Bearer <JWT>' from its identity provider");
        }
        jwt.verify(authorization.substring(BEARER.length()).strip(), authorizer);
    }
}

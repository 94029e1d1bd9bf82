package dev.agentcore4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.contract.AwsErrorType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates a bearer token against a runtime's {@code customJWTAuthorizer}: an RS256 JWT signed by a
 * key of the issuer's JWKS, within {@code exp}/{@code nbf}, from the discovery document's
 * {@code issuer}, with an {@code aud} in {@code allowedAudience}, a {@code client_id} in
 * {@code allowedClients} and a {@code scope} in {@code allowedScopes} (each checked when configured).
 */
final class JwtAuthorizer {

    /** Tolerated clock difference for exp and nbf. */
    private static final long LEEWAY_SECONDS = 30;

    private final OidcKeys keys;
    private final Clock clock;

    JwtAuthorizer(OidcKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** @throws TwinException 403 AccessDeniedException saying what is wrong with the token */
    void verify(String token, JsonNode authorizer) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw denied("the bearer token is not a signed JWT");
        }
        JsonNode header = decode(parts[0]);
        if (!header.path("alg").asText().equals("RS256")) {
            throw denied("the token's algorithm must be RS256, got '" + header.path("alg").asText() + "'");
        }
        String kid = header.path("kid").asText("");
        OidcKeys.Issuer issuer = keys.issuer(authorizer.path("discoveryUrl").asText(), kid);
        PublicKey key = issuer.keys().get(kid);
        if (key == null) {
            throw denied("the token's signing key (kid '" + kid + "') is not in the issuer's JWKS");
        }
        if (!signatureValid(key, parts)) {
            throw denied("the token's signature is invalid");
        }
        JsonNode claims = decode(parts[1]);
        long now = clock.instant().getEpochSecond();
        if (!claims.path("exp").canConvertToLong() || now > claims.path("exp").asLong() + LEEWAY_SECONDS) {
            throw denied("the token has expired");
        }
        if (claims.has("nbf") && now + LEEWAY_SECONDS < claims.path("nbf").asLong()) {
            throw denied("the token is not valid yet (nbf)");
        }
        if (!claims.path("iss").asText().equals(issuer.issuer())) {
            throw denied("the token's issuer does not match the discovery document's issuer");
        }
        check(authorizer.path("allowedAudience"), values(claims.path("aud")), "audience (aud)");
        check(authorizer.path("allowedClients"), values(claims.path("client_id")), "client (client_id)");
        check(authorizer.path("allowedScopes"), List.of(claims.path("scope").asText("").split(" ")), "scope");
    }

    private static void check(JsonNode allowed, List<String> actual, String what) {
        if (!allowed.isArray() || allowed.isEmpty()) {
            return;
        }
        Set<String> permitted = new HashSet<>();
        allowed.forEach(a -> permitted.add(a.asText()));
        if (actual.stream().noneMatch(permitted::contains)) {
            throw denied("the token's " + what + " is not allowed by this agent runtime's authorizer");
        }
    }

    private static List<String> values(JsonNode claim) {
        if (claim.isArray()) {
            return java.util.stream.StreamSupport.stream(claim.spliterator(), false).map(JsonNode::asText).toList();
        }
        return claim.isTextual() ? List.of(claim.asText()) : List.of();
    }

    private static boolean signatureValid(PublicKey key, String[] parts) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static JsonNode decode(String part) {
        try {
            JsonNode node = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(part));
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException | IllegalArgumentException e) {
            // answered below: the caller learns the token is malformed, not why the parser failed
        }
        throw denied("the bearer token is not a well-formed JWT");
    }

    static TwinException denied(String why) {
        return TwinException.of(AwsErrorType.ACCESS_DENIED, "OAuth authorization failed: " + why);
    }
}

package dev.agentcore4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.contract.AwsErrorType;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An issuer's OpenID discovery document and signing keys, fetched from a runtime's
 * {@code discoveryUrl} and cached: kept for {@link #TTL}, fetched again early when a token names a
 * key id the cached JWKS does not have (key rotation), at most once per {@link #REFRESH_FLOOR}.
 */
final class OidcKeys {

    private static final System.Logger LOG = System.getLogger(OidcKeys.class.getName());
    static final Duration TTL = Duration.ofMinutes(10);
    static final Duration REFRESH_FLOOR = Duration.ofSeconds(10);

    /** An issuer as its discovery document and JWKS describe it; keys without a {@code kid} are under "". */
    record Issuer(String issuer, Map<String, PublicKey> keys, long fetchedNanos) {
    }

    private final Map<String, Issuer> cache = new ConcurrentHashMap<>();
    private final HttpClient client;

    OidcKeys(HttpClient client) {
        this.client = client;
    }

    /** The issuer behind a discovery URL, and the key a token's {@code kid} names, if the issuer has it. */
    Issuer issuer(String discoveryUrl, String kid) {
        Issuer known = cache.get(discoveryUrl);
        long now = System.nanoTime();
        boolean stale = known == null || now - known.fetchedNanos() > TTL.toNanos()
                || (!known.keys().containsKey(kid) && now - known.fetchedNanos() > REFRESH_FLOOR.toNanos());
        if (!stale) {
            return known;
        }
        Issuer fresh = fetch(discoveryUrl);
        cache.put(discoveryUrl, fresh);
        return fresh;
    }

    private Issuer fetch(String discoveryUrl) {
        JsonNode discovery = get(discoveryUrl);
        String issuer = discovery.path("issuer").asText("");
        String jwksUri = discovery.path("jwks_uri").asText("");
        if (issuer.isEmpty() || jwksUri.isEmpty()) {
            throw unavailable(discoveryUrl, "its discovery document has no issuer or jwks_uri");
        }
        Map<String, PublicKey> keys = new HashMap<>();
        for (JsonNode jwk : get(jwksUri).path("keys")) {
            if (jwk.path("kty").asText().equals("RSA") && !jwk.path("use").asText("sig").equals("enc")) {
                rsa(jwk).ifPresent(key -> keys.put(jwk.path("kid").asText(""), key));
            }
        }
        LOG.log(Level.DEBUG, "issuer=" + issuer + " keys=" + keys.size() + " | fetched OpenID configuration");
        return new Issuer(issuer, Map.copyOf(keys), System.nanoTime());
    }

    private static Optional<PublicKey> rsa(JsonNode jwk) {
        try {
            Base64.Decoder b64 = Base64.getUrlDecoder();
            var spec = new RSAPublicKeySpec(new BigInteger(1, b64.decode(jwk.path("n").asText())),
                    new BigInteger(1, b64.decode(jwk.path("e").asText())));
            return Optional.of(KeyFactory.getInstance("RSA").generatePublic(spec));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "kid=" + jwk.path("kid").asText("") + " | skipped an unusable RSA key in a JWKS");
            return Optional.empty();
        }
    }

    private JsonNode get(String url) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw unavailable(url, "it answered HTTP " + response.statusCode());
            }
            return Json.MAPPER.readTree(response.body());
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "url=" + url + " | cannot fetch OpenID metadata: " + e.getMessage());
            throw unavailable(url, "it could not be fetched or is not JSON");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(url, "the fetch was interrupted");
        }
    }

    private static TwinException unavailable(String url, String why) {
        return TwinException.of(AwsErrorType.ACCESS_DENIED, "OAuth authorization failed: the token cannot be "
                + "validated because the authorizer's OpenID metadata at " + url + " is unavailable (" + why + ")");
    }
}

package dev.agentcore4j.awsfakes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The issuer read the way a JWT verifier reads it: discovery, then JWKS, then an RS256 check. */
class OidcIssuerFakeTest {

    private final OidcIssuerFake issuer = OidcIssuerFake.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        http.close();
        issuer.close();
    }

    @Test
    void discovery_names_the_loopback_issuer_and_its_jwks_and_counts_fetches() throws Exception {
        JsonNode discovery = get(issuer.discoveryUrl(), 200);
        assertThat(discovery.path("issuer").asText()).startsWith("http://127.0.0.1:").isEqualTo(issuer.issuer());
        assertThat(discovery.path("jwks_uri").asText()).isEqualTo(issuer.issuer() + "/jwks.json");
        get(issuer.discoveryUrl(), 200);
        assertThat(issuer.discoveryFetches()).isEqualTo(2);
    }

    @Test
    void a_token_verifies_against_the_published_key_and_carries_the_given_claims() throws Exception {
        Map<String, Object> claims = issuer.claims();
        claims.put("sub", "user-ivy");
        String[] token = issuer.token(claims).split("\\.");

        JsonNode header = AwsJsonService.JSON.readTree(Base64.getUrlDecoder().decode(token[0]));
        assertThat(header.path("alg").asText()).isEqualTo("RS256");
        assertThat(header.path("kid").asText()).isEqualTo(OidcIssuerFake.KID);
        JsonNode body = AwsJsonService.JSON.readTree(Base64.getUrlDecoder().decode(token[1]));
        assertThat(body.path("iss").asText()).isEqualTo(issuer.issuer());
        assertThat(body.path("sub").asText()).isEqualTo("user-ivy");
        assertThat(body.path("aud").asText()).isEqualTo("twin-api");
        assertThat(body.path("exp").asLong() - body.path("iat").asLong()).isEqualTo(300);
        assertThat(verifies(token, publishedKey())).isTrue();
    }

    @Test
    void a_token_signed_with_an_unpublished_key_does_not_verify() throws Exception {
        String[] forged = issuer.token(issuer.claims(), OidcIssuerFake.KID, OidcIssuerFake.unpublishedKey()).split("\\.");
        assertThat(verifies(forged, publishedKey())).isFalse();
    }

    @Test
    void other_paths_are_404_and_say_what_is_served() throws Exception {
        assertThat(get(issuer.issuer() + "/authorize", 404).path("error").asText()).contains("/jwks.json");
    }

    private PublicKey publishedKey() throws Exception {
        JsonNode jwk = get(get(issuer.discoveryUrl(), 200).path("jwks_uri").asText(), 200).path("keys").get(0);
        assertThat(jwk.path("kid").asText()).isEqualTo(OidcIssuerFake.KID);
        assertThat(jwk.path("kty").asText()).isEqualTo("RSA");
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path("n").asText())),
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path("e").asText()))));
    }

    private static boolean verifies(String[] token, PublicKey key) throws Exception {
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((token[0] + "." + token[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(token[2]));
    }

    private JsonNode get(String url, int status) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return AwsJsonService.JSON.readTree(response.body());
    }
}

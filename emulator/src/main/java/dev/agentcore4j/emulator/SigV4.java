package dev.agentcore4j.emulator;

import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.contract.AwsErrorType;
import dev.agentcore4j.contract.DataPlaneContract;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies AWS Signature Version 4 ({@code AWS4-HMAC-SHA256} in the {@code Authorization} header) the
 * way the service does for {@code bedrock-agentcore}: canonical request (the already-encoded path is
 * encoded again, as the SDKs do for every service but S3), string to sign, signing key, constant-time
 * comparison. Failures are AWS's auth-layer shapes, all 403.
 */
final class SigV4 {

    static final String SERVICE = "bedrock-agentcore";
    static final String CONTENT_SHA256 = "x-amz-content-sha256";
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final Pattern HEADER = Pattern.compile(ALGORITHM
            + "\\s+Credential=([^/,\\s]+)/([0-9]{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request\\s*,"
            + "\\s*SignedHeaders=([a-z0-9;._-]+)\\s*,\\s*Signature=([0-9a-f]{64})\\s*");
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** AWS refuses requests signed more than 15 minutes away from its clock. */
    private static final Duration SKEW = Duration.ofMinutes(15);

    private final TwinConfig.Credentials credentials;
    private final String region;
    private final Clock clock;

    SigV4(TwinConfig.Credentials credentials, String region, Clock clock) {
        this.credentials = credentials;
        this.region = region;
        this.clock = clock;
    }

    /** The payload hash the client signed, when it sent one (the Java SDK does; botocore does not). */
    static Optional<String> signedPayloadHash(HttpExchange exchange) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(CONTENT_SHA256));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /**
     * Checks the request's signature. The payload hash signed is {@code x-amz-content-sha256} when the
     * client sent it (then the body is compared with it only if it was read anyway: invocations
     * stream through), else the SHA-256 of the body, which is then read.
     *
     * @throws TwinException 403 MissingAuthenticationToken, UnrecognizedClient or InvalidSignature
     */
    void verify(HttpExchange exchange, RequestBody body) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null) {
            throw TwinException.of(AwsErrorType.MISSING_AUTHENTICATION_TOKEN, "Missing Authentication Token");
        }
        Matcher m = HEADER.matcher(authorization.strip());
        if (!m.matches()) {
            throw invalid("Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' "
                    + "parameters of an " + ALGORITHM + " signature.");
        }
        if (!m.group(1).equals(credentials.accessKeyId())) {
            throw TwinException.of(AwsErrorType.UNRECOGNIZED_CLIENT, DataPlaneContract.UNRECOGNIZED_CLIENT_MESSAGE);
        }
        String date = m.group(2);
        if (!m.group(3).equals(region)) {
            throw invalid("Credential should be scoped to a valid region. ");
        }
        if (!m.group(4).equals(SERVICE)) {
            throw invalid("Credential should be scoped to correct service: '" + SERVICE + "'. ");
        }
        String amzDate = exchange.getRequestHeaders().getFirst("X-Amz-Date");
        checkTime(amzDate, date);
        List<String> signed = List.of(m.group(5).split(";"));
        if (!signed.contains("host")) {
            throw invalid("'Host' must be a 'SignedHeader' in the AWS Authorization.");
        }
        Optional<String> claimed = signedPayloadHash(exchange);
        String payloadHash = claimed.orElseGet(body::sha256);
        String canonical = String.join("\n", exchange.getRequestMethod(),
                canonicalUri(exchange.getRequestURI().getRawPath()), canonicalQuery(exchange.getRequestURI().getRawQuery()),
                canonicalHeaders(exchange, signed), String.join(";", signed), payloadHash);
        String scope = date + "/" + region + "/" + SERVICE + "/aws4_request";
        String toSign = String.join("\n", ALGORITHM, amzDate, scope,
                sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + credentials.secretAccessKey()).getBytes(StandardCharsets.UTF_8), date);
        for (String part : List.of(region, SERVICE, "aws4_request")) {
            key = hmac(key, part);
        }
        byte[] expected = hmac(key, toSign);
        if (!MessageDigest.isEqual(expected, HexFormat.of().parseHex(m.group(6)))) {
            throw invalid(DataPlaneContract.INVALID_SIGNATURE_MESSAGE);
        }
        if (claimed.isPresent() && body.buffered() && !claimed.get().equals("UNSIGNED-PAYLOAD")
                && !claimed.get().equals(body.sha256())) {
            throw invalid("The provided 'x-amz-content-sha256' header does not match what was computed.");
        }
    }

    private void checkTime(String amzDate, String scopeDate) {
        if (amzDate == null) {
            throw invalid("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        Instant signedAt;
        try {
            signedAt = AMZ_DATE.parse(amzDate, Instant::from);
        } catch (DateTimeParseException e) {
            throw invalid("X-Amz-Date must be in the ISO8601 basic format yyyyMMdd'T'HHmmss'Z'.");
        }
        if (!amzDate.startsWith(scopeDate)) {
            throw invalid("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP.");
        }
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(SKEW)) || signedAt.isAfter(now.plus(SKEW))) {
            throw invalid("Signature expired: " + amzDate + " is now earlier than " + AMZ_DATE.format(now.minus(SKEW))
                    + " (" + AMZ_DATE.format(now) + " - 15 min.)");
        }
    }

    /** The raw path is already encoded once; SigV4 for this service encodes it again. */
    static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        return encode(rawPath, false);
    }

    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = Exchanges.decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : Exchanges.decode(pair.substring(eq + 1));
            pairs.add(encode(name, true) + "=" + encode(value, true));
        }
        pairs.sort(null);
        return String.join("&", pairs);
    }

    private static String canonicalHeaders(HttpExchange exchange, List<String> signed) {
        StringBuilder out = new StringBuilder();
        for (String name : signed) {
            List<String> values = exchange.getRequestHeaders().get(name);
            if (values == null) {
                throw invalid("The request is missing the signed header '" + name + "'.");
            }
            List<String> trimmed = values.stream().map(v -> v.strip().replaceAll("\\s+", " ")).toList();
            out.append(name).append(':').append(String.join(",", trimmed)).append('\n');
        }
        return out.toString();
    }

    /** RFC 3986 unreserved characters stay; everything else is %XX (slashes kept unless {@code slash}). */
    private static String encode(String value, boolean slash) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~' || (c == '/' && !slash)) {
                out.append(c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    private static TwinException invalid(String message) {
        return TwinException.of(AwsErrorType.INVALID_SIGNATURE, message);
    }

    @Override
    public String toString() {
        return "SigV4[" + credentials + ", region=" + region + "]";
    }
}

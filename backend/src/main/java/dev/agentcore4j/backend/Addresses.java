package dev.agentcore4j.backend;

import dev.agentcore4j.contract.ControlPlaneContract;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks shared by the configuration and the settings: the AgentCore endpoint (a loopback URL
 * such as the twin's, or {@code aws} for AWS itself), runtime ARNs and regions.
 */
final class Addresses {

    /** The endpoint value meaning AWS itself (the SDK's regional endpoint). */
    static final String AWS = "aws";
    /** Where {@code ./ac4j up} starts the twin. */
    static final String LOCAL_TWIN = "http://127.0.0.1:8790";

    static final Pattern RUNTIME_ARN = Pattern.compile(
            "arn:aws(-[a-z]+)*:bedrock-agentcore:([a-z]{2}(-[a-z]+)+-[0-9]):([0-9]{12}):runtime/(" + ControlPlaneContract.RUNTIME_ID_PATTERN + ")");
    static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private Addresses() {
    }

    /**
     * {@code aws}, or an {@code http(s)} URL on a loopback host, normalised without a trailing slash.
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    static String endpoint(String value) {
        String v = value.strip();
        if (v.equalsIgnoreCase(AWS)) {
            return AWS;
        }
        URI uri;
        try {
            uri = new URI(v);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + v + "' is not a URL: use e.g. " + LOCAL_TWIN + " (the twin) or aws");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("'" + v + "' must be an http(s) URL such as " + LOCAL_TWIN + ", or aws");
        }
        if (!LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("'" + v + "' is not on this machine: an endpoint URL must be a loopback "
                    + "address (127.0.0.1, localhost, [::1]) such as the twin's " + LOCAL_TWIN + "; use aws for AWS itself");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null
                || (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/"))) {
            throw new IllegalArgumentException("'" + v + "' must be the endpoint's root, without a path or query, e.g. "
                    + LOCAL_TWIN);
        }
        return scheme + "://" + uri.getRawAuthority();
    }

    /** @throws IllegalArgumentException showing the expected shape */
    static String runtimeArn(String value) {
        String v = value.strip();
        if (!RUNTIME_ARN.matcher(v).matches()) {
            throw new IllegalArgumentException("'" + v + "' is not an AgentCore runtime ARN: expected "
                    + "arn:aws:bedrock-agentcore:<region>:<12-digit account>:runtime/<runtime id>");
        }
        return v;
    }

    static String regionOf(String runtimeArn) {
        var m = RUNTIME_ARN.matcher(runtimeArn);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a runtime ARN: " + runtimeArn);
        }
        return m.group(2);
    }

    /** @throws IllegalArgumentException showing the expected shape */
    static String region(String value) {
        String v = value.strip();
        if (!REGION.matcher(v).matches()) {
            throw new IllegalArgumentException("'" + v + "' is not an AWS region: expected e.g. us-east-1");
        }
        return v;
    }
}

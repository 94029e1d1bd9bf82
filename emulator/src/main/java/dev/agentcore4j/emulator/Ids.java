package dev.agentcore4j.emulator;

import dev.agentcore4j.contract.ControlPlaneContract;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Identifiers and ARNs in AWS's formats, and the twin's clock. */
final class Ids {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String region;
    private final String account;

    Ids(String region, String account) {
        this.region = region;
        this.account = account;
    }

    /** {@code <name>-<10 alphanumerics>}, as AWS mints runtime and endpoint ids. */
    static String idFor(String name) {
        StringBuilder id = new StringBuilder(name).append('-');
        for (int i = 0; i < ControlPlaneContract.RUNTIME_ID_SUFFIX_LENGTH; i++) {
            id.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return id.toString();
    }

    String runtimeArn(String runtimeId) {
        return "arn:aws:bedrock-agentcore:" + region + ":" + account + ":runtime/" + runtimeId;
    }

    static String endpointArn(String runtimeArn, String endpointName) {
        return runtimeArn + "/runtime-endpoint/" + endpointName;
    }

    String workloadIdentityArn(String runtimeId) {
        return "arn:aws:bedrock-agentcore:" + region + ":" + account
                + ":workload-identity-directory/default/workload-identity/" + runtimeId;
    }

    String region() {
        return region;
    }

    String account() {
        return account;
    }

    /** Millisecond precision: RFC 3339, and both SDKs parse it. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}

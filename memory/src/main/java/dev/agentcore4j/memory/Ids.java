package dev.agentcore4j.memory;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** Identifiers and ARNs in AgentCore Memory's formats. */
final class Ids {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String region;
    private final String account;

    Ids(String region, String account) {
        this.region = region;
        this.account = account;
    }

    /** {@code <name>-<10 alphanumerics>}: how AWS mints memory and strategy ids. */
    static String suffixed(String name) {
        StringBuilder id = new StringBuilder(name).append('-');
        for (int i = 0; i < 10; i++) {
            id.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return id.toString();
    }

    /** {@code <zero-padded epoch millis of the event>#<16 hex>}, e.g. {@code 0001764806400123#9f86d081884c7d65}. */
    static String eventId(Instant eventTimestamp) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return String.format("%016d", Math.max(0, eventTimestamp.toEpochMilli())) + "#" + HexFormat.of().formatHex(random);
    }

    /** {@code mem-} and a UUID: 40 characters, as the service's record ids. */
    static String recordId() {
        return "mem-" + UUID.randomUUID();
    }

    static String jobId() {
        return UUID.randomUUID().toString();
    }

    /** A session id for an event created without one. */
    static String sessionId() {
        return UUID.randomUUID().toString();
    }

    String memoryArn(String memoryId) {
        return "arn:aws:bedrock-agentcore:" + region + ":" + account + ":memory/" + memoryId;
    }
}

package dev.agentcore4j.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name of the AgentCore Memory an agent gets by default ({@code ./ac4j launch} with memory
 * {@code auto}, and the CDK app): {@code <agent name>_memory}, or, when that would pass the 48
 * characters a memory name may have ({@link ControlPlaneContract#NAME_PATTERN}), the agent name's first
 * 32 characters, {@code _}, 8 hex digits of the whole name's SHA-256 and {@code _memory} — the same
 * every time and distinct per agent, so the CLI and the CDK app find each other's memory.
 */
public final class AgentMemoryName {

    static final int MAX_LENGTH = 48;

    private AgentMemoryName() {
    }

    /** The default memory name of the agent runtime {@code agentName} (a valid runtime name). */
    public static String of(String agentName) {
        String plain = agentName + "_memory";
        if (plain.length() <= MAX_LENGTH) {
            return plain;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(agentName.getBytes(StandardCharsets.UTF_8));
            return agentName.substring(0, 32) + "_" + HexFormat.of().formatHex(digest, 0, 4) + "_memory";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What a request looked like, to tell a retry (same client token, same request) from a reuse. */
final class Hashes {

    private Hashes() {
    }

    static String withoutClientToken(ObjectNode body) {
        ObjectNode copy = body.deepCopy();
        copy.remove("clientToken");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Json.write(copy).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}

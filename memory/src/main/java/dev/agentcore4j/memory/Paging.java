package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * {@code maxResults}/{@code nextToken} of the List operations. Tokens are opaque to callers; inside
 * they carry the operation they belong to and an offset.
 *
 * @param offset where the page starts
 * @param size how many items the page holds at most
 */
record Paging(String operation, int offset, int size) {

    private static final String PREFIX = "ac4j-memory:";

    /** Reads {@code maxResults} and {@code nextToken} from a request body. */
    static Paging of(Checks checks, JsonNode body, String operation, int max, int defaultSize) {
        int size = checks.integer(body, "maxResults", "maxResults", 1, max).orElse(defaultSize);
        int offset = 0;
        JsonNode token = body.path("nextToken");
        if (!token.isMissingNode() && !token.isNull()) {
            offset = offset(checks, operation, token.asText());
        }
        return new Paging(operation, offset, size);
    }

    /** One page of {@code all}, and the token of the next one when there is more. */
    <T> Page<T> page(List<T> all) {
        int end = Math.min(all.size(), offset + size);
        List<T> items = offset >= all.size() ? List.of() : List.copyOf(all.subList(offset, end));
        return new Page<>(items, end < all.size() ? Optional.of(token(end)) : Optional.empty());
    }

    /** A page the store fetched itself ({@code size + 1} rows asked for, to know whether more follow). */
    <T> Page<T> fetched(List<T> rows) {
        boolean more = rows.size() > size;
        List<T> items = more ? List.copyOf(rows.subList(0, size)) : List.copyOf(rows);
        return new Page<>(items, more ? Optional.of(token(offset + size)) : Optional.empty());
    }

    record Page<T>(List<T> items, Optional<String> nextToken) {
    }

    private String token(int next) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + operation + ":" + next).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(Checks checks, String operation, String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String expected = PREFIX + operation + ":";
            if (decoded.startsWith(expected)) {
                int offset = Integer.parseInt(decoded.substring(expected.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        checks.fail("nextToken", "Value '" + token + "' at 'nextToken' is not a token " + operation
                + " issued: pass the nextToken of the previous page, or none for the first page");
        return 0;
    }
}

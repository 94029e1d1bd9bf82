package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code maxResults}/{@code nextToken} of the List operations. Tokens are opaque to callers; inside
 * they carry the operation they belong to and either an offset or, for lists the store walks by key
 * (ListEvents), the key of the last item given, so a deep page costs what the first one does.
 *
 * @param offset where the page starts (offset tokens)
 * @param size how many items the page holds at most
 * @param after the key of the last item of the previous page (key tokens)
 */
record Paging(String operation, int offset, int size, Optional<Key> after) {

    private static final String PREFIX = "ac4j-memory:";

    /** A position in a list ordered by two numbers (an event's timestamp and arrival). */
    record Key(long first, long second) {
    }

    /** Reads {@code maxResults} and {@code nextToken} from a request body. */
    static Paging of(Checks checks, JsonNode body, String operation, int max, int defaultSize) {
        int size = checks.integer(body, "maxResults", "maxResults", 1, max).orElse(defaultSize);
        JsonNode token = body.path("nextToken");
        if (token.isMissingNode() || token.isNull()) {
            return new Paging(operation, 0, size, Optional.empty());
        }
        return parse(checks, operation, size, token.asText());
    }

    /** One page of {@code all}, and the token of the next one when there is more. */
    <T> Page<T> page(List<T> all) {
        int end = Math.min(all.size(), offset + size);
        List<T> items = offset >= all.size() ? List.of() : List.copyOf(all.subList(offset, end));
        return new Page<>(items, end < all.size() ? Optional.of(token(Integer.toString(end))) : Optional.empty());
    }

    /** A page the store fetched itself ({@code size + 1} rows asked for, to know whether more follow). */
    <T> Page<T> fetched(List<T> rows) {
        boolean more = rows.size() > size;
        List<T> items = more ? List.copyOf(rows.subList(0, size)) : List.copyOf(rows);
        return new Page<>(items, more ? Optional.of(token(Integer.toString(offset + size))) : Optional.empty());
    }

    /** Like {@link #fetched}, with a key token: the next page starts after the last item's key. */
    <T> Page<T> fetchedByKey(List<T> rows, Function<T, Key> key) {
        boolean more = rows.size() > size;
        List<T> items = more ? List.copyOf(rows.subList(0, size)) : List.copyOf(rows);
        return new Page<>(items, more ? Optional.of(token("@" + key.apply(items.getLast()).first() + ":"
                + key.apply(items.getLast()).second())) : Optional.empty());
    }

    record Page<T>(List<T> items, Optional<String> nextToken) {
    }

    private String token(String position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + operation + ":" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static Paging parse(Checks checks, String operation, int size, String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String expected = PREFIX + operation + ":";
            if (decoded.startsWith(expected)) {
                String position = decoded.substring(expected.length());
                if (position.startsWith("@")) {
                    String[] parts = position.substring(1).split(":");
                    if (parts.length == 2) {
                        return new Paging(operation, 0, size,
                                Optional.of(new Key(Long.parseLong(parts[0]), Long.parseLong(parts[1]))));
                    }
                } else if (Integer.parseInt(position) >= 0) {
                    return new Paging(operation, Integer.parseInt(position), size, Optional.empty());
                }
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        checks.fail("nextToken", "Value '" + token + "' at 'nextToken' is not a token " + operation
                + " issued: pass the nextToken of the previous page, or none for the first page");
        return new Paging(operation, 0, size, Optional.empty());
    }
}

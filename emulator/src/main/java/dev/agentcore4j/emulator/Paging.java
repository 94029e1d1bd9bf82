package dev.agentcore4j.emulator;

import static dev.agentcore4j.contract.ControlPlaneContract.MAX_RESULTS_MAX;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code maxResults}/{@code nextToken} paging of the List operations; tokens are opaque offsets. */
record Paging<T>(List<T> items, Optional<String> nextToken) {

    private static final String PREFIX = "ac4j-page:";

    static <T> Paging<T> of(List<T> all, Map<String, String> query) {
        Validator v = new Validator();
        int max = MAX_RESULTS_MAX;
        String rawMax = query.get("maxResults");
        if (rawMax != null) {
            try {
                max = Integer.parseInt(rawMax);
                v.range("maxResults", max, 1, MAX_RESULTS_MAX);
            } catch (NumberFormatException e) {
                v.fail("maxResults", "Value '" + rawMax + "' at 'maxResults' failed to satisfy constraint: "
                        + "Member must be an integer");
            }
        }
        int offset = offset(v, query.get("nextToken"));
        v.check();
        int end = Math.min(all.size(), offset + max);
        List<T> page = offset >= all.size() ? List.of() : all.subList(offset, end);
        Optional<String> next = end < all.size() ? Optional.of(token(end)) : Optional.empty();
        return new Paging<>(List.copyOf(page), next);
    }

    private static int offset(Validator v, String token) {
        if (token == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                return Math.max(0, Integer.parseInt(decoded.substring(PREFIX.length())));
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        v.fail("nextToken", "Value '" + token + "' at 'nextToken' is not a token this service issued: "
                + "pass the nextToken of the previous page, or none for the first page");
        return 0;
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }
}

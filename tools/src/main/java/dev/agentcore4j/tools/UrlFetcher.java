package dev.agentcore4j.tools;

import dev.agentcore4j.agent.Cancellation;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * fetch_url's logic: GET with the JDK client, no proxy, redirects followed by hand so that each target
 * passes the {@link AddressGuard} first, a byte limit, one deadline for the whole fetch, and the text
 * extracted from HTML.
 */
final class UrlFetcher {

    static final int DEFAULT_MAX_CHARS = 5_000;
    static final int MAX_MAX_CHARS = 100_000;

    private final FetchPolicy policy;
    private final AddressGuard guard;
    private HttpClient client;

    UrlFetcher(FetchPolicy policy, AddressGuard guard) {
        this.policy = policy;
        this.guard = guard;
    }

    /** Built on first use: a client starts a selector thread, and most agents never fetch. */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .proxy(HttpClient.Builder.NO_PROXY) // a proxy would connect on our behalf, past the guard
                    .connectTimeout(policy.timeout())
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
        }
        return client;
    }

    Map<String, Object> fetch(String url, int maxChars, Cancellation cancellation) {
        if (maxChars < 1 || maxChars > MAX_MAX_CHARS) {
            throw new ToolFailure("max_chars must be between 1 and " + MAX_MAX_CHARS + ", got " + maxChars);
        }
        URI current = parse(url);
        long deadline = System.nanoTime() + policy.timeout().toNanos();
        for (int redirects = 0; ; redirects++) {
            guard.check(current);
            HttpResponse<LimitedBody.Bytes> response = send(current, deadline, cancellation);
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                if (redirects == policy.maxRedirects()) {
                    throw new ToolFailure("too many redirects (more than " + policy.maxRedirects() + ") starting at " + url);
                }
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new ToolFailure("HTTP " + status + " redirect without a Location header"));
                current = current.resolve(parse(location));
                continue;
            }
            if (status >= 400) {
                throw new ToolFailure("HTTP " + status + " from " + current);
            }
            return result(url, current, response, maxChars);
        }
    }

    private HttpResponse<LimitedBody.Bytes> send(URI uri, long deadline, Cancellation cancellation) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timedOut();
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", "AgentCore4J-fetch_url/0.1")
                .header("Accept", "text/html, text/plain;q=0.9, application/json;q=0.8, */*;q=0.1")
                .GET()
                .build();
        CompletableFuture<HttpResponse<LimitedBody.Bytes>> future = client().sendAsync(request,
                info -> new LimitedBody(info.statusCode() / 100 == 3 ? 0 : policy.maxBytes()));
        try (var _ = cancellation.onCancel(() -> future.cancel(true))) {
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ToolFailure("fetch cancelled");
        } catch (java.util.concurrent.CancellationException e) {
            throw new ToolFailure("fetch cancelled");
        } catch (ExecutionException e) {
            if (cancellation.isCancelled()) { // the client reports its own cancellation in several shapes
                throw new ToolFailure("fetch cancelled");
            }
            throw failure(uri, e.getCause());
        }
    }

    private Map<String, Object> result(String requested, URI finalUri, HttpResponse<LimitedBody.Bytes> response, int maxChars) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        LimitedBody.Bytes body = response.body();
        String decoded = Charsets.decode(body.bytes(), contentType);
        String type = contentType.toLowerCase(Locale.ROOT);
        boolean html = type.contains("html") || (type.isEmpty() && Charsets.looksLikeHtml(decoded));
        if (!html && !type.isEmpty() && !Charsets.isTextual(type)) {
            throw new ToolFailure("unsupported content type '" + contentType + "'; fetch_url reads HTML, text, JSON and XML");
        }
        String title = "";
        String text = decoded;
        if (html) {
            HtmlText.Extract extract = HtmlText.extract(decoded);
            title = extract.title();
            text = extract.text();
        }
        boolean cut = text.length() > maxChars;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("url", requested);
        result.put("final_url", finalUri.toString());
        result.put("status", response.statusCode());
        result.put("content_type", contentType);
        if (!title.isEmpty()) {
            result.put("title", title);
        }
        result.put("text", cut ? text.substring(0, maxChars) : text);
        result.put("characters", text.length());
        result.put("truncated", cut || body.truncated());
        if (body.truncated()) {
            result.put("note", "the response was larger than " + policy.maxBytes() + " bytes; only the first part was read");
        } else if (cut) {
            result.put("note", "text shortened to the first " + maxChars + " of " + text.length() + " characters");
        }
        return result;
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url.strip());
            if (!uri.isAbsolute() && uri.getHost() == null && uri.getPath() == null) {
                throw new ToolFailure("not a URL: '" + url + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ToolFailure("not a valid URL: '" + url + "' (" + e.getReason() + ")");
        }
    }

    private ToolFailure timedOut() {
        long millis = policy.timeout().toMillis();
        return new ToolFailure("timed out after " + (millis < 1000 || millis % 1000 != 0 ? millis + " ms" : millis / 1000 + " s"));
    }

    private ToolFailure failure(URI uri, Throwable cause) {
        return switch (cause) {
            case HttpTimeoutException _ -> timedOut();
            case ConnectException _ -> new ToolFailure("could not connect to " + uri.getHost()
                    + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
            case IOException io -> new ToolFailure("fetching " + uri + " failed (" + io.getClass().getSimpleName() + ")");
            default -> {
                System.getLogger(UrlFetcher.class.getName()).log(System.Logger.Level.WARNING, "tool=fetch_url | unexpected failure", cause);
                yield new ToolFailure("fetching " + uri + " failed");
            }
        };
    }
}

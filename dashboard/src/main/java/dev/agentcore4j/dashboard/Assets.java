package dev.agentcore4j.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds what a request path names on the class path: {@code /} and the app's files under
 * {@code dashboard/}, WebJars under {@code /webjars/<name>/…} (the version may be left out of the
 * path; the one on the class path is used, so a version bump in the pom needs no change in the
 * HTML). Paths are checked before anything is looked up: plain segments only, no {@code ..}, no
 * percent escapes, and a file name with an extension (a directory on the class path would list its
 * entries). Found files are kept in memory.
 */
final class Assets {

    private static final Pattern SAFE_PATH = Pattern.compile(
            "/([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\\.[A-Za-z0-9]+");
    private static final String APP_ROOT = "dashboard";
    private static final String WEBJARS = "/webjars/";

    private final ClassLoader loader;
    private final Map<String, Asset> cache = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> webJarVersions = new ConcurrentHashMap<>();

    Assets(ClassLoader loader) {
        this.loader = loader;
    }

    /** @param rawPath the request's raw (undecoded) path */
    Optional<Asset> find(String rawPath) {
        if (rawPath.equals("/") || rawPath.equals("/index.html")) {
            return load(APP_ROOT + "/index.html", Asset.REVALIDATE);
        }
        if (!SAFE_PATH.matcher(rawPath).matches() || rawPath.contains("/..") || rawPath.contains("/./")) {
            return Optional.empty();
        }
        if (rawPath.startsWith(WEBJARS)) {
            return webJar(rawPath.substring(WEBJARS.length()));
        }
        return load(APP_ROOT + rawPath, Asset.REVALIDATE);
    }

    /** {@code chart.js/4.5.1/dist/x.js} (versioned: immutable) or {@code chart.js/dist/x.js} (revalidated). */
    private Optional<Asset> webJar(String rest) {
        int slash = rest.indexOf('/');
        if (slash < 1) {
            return Optional.empty();
        }
        String name = rest.substring(0, slash);
        String file = rest.substring(slash + 1);
        Optional<String> version = webJarVersions.computeIfAbsent(name, this::version);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        String root = "META-INF/resources/webjars/" + name + "/";
        if (file.startsWith(version.get() + "/")) {
            return load(root + file, Asset.IMMUTABLE);
        }
        return load(root + version.get() + "/" + file, Asset.REVALIDATE);
    }

    /** The version of WebJar {@code name} on the class path, from its Maven metadata. */
    private Optional<String> version(String name) {
        for (String group : new String[] {"org.webjars.npm", "org.webjars"}) {
            try (InputStream in = loader.getResourceAsStream("META-INF/maven/" + group + "/" + name + "/pom.properties")) {
                if (in == null) {
                    continue;
                }
                java.util.Properties properties = new java.util.Properties();
                properties.load(in);
                return Optional.ofNullable(properties.getProperty("version"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the metadata of WebJar " + name, e);
            }
        }
        return Optional.empty();
    }

    private Optional<Asset> load(String resource, String cacheControl) {
        String key = cacheControl + " " + resource;
        Asset cached = cache.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            Asset asset = new Asset(bytes, ContentTypes.of(resource), etag(bytes), cacheControl);
            cache.put(key, asset);
            return Optional.of(asset);
        } catch (IOException e) {
            // A directory entry on some class loaders reads as an error: not a file we serve.
            return Optional.empty();
        }
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

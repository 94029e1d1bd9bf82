package dev.agentcore4j.tools;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decoding fetched bytes: the charset from Content-Type, else an HTML meta charset, else UTF-8. */
final class Charsets {

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private Charsets() {
    }

    static String decode(byte[] bytes, String contentType) {
        Charset charset = named(HEADER_CHARSET.matcher(contentType))
                .or(() -> named(META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1))))
                .orElse(StandardCharsets.UTF_8);
        try {
            // REPLACE: a body cut at the byte limit may end inside a character.
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Optional<Charset> named(Matcher matcher) {
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(matcher.group(1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean isTextual(String lowerCaseType) {
        return lowerCaseType.startsWith("text/") || lowerCaseType.contains("json") || lowerCaseType.contains("xml")
                || lowerCaseType.contains("javascript") || lowerCaseType.contains("yaml") || lowerCaseType.contains("csv");
    }

    static boolean looksLikeHtml(String text) {
        String start = text.stripLeading();
        start = start.substring(0, Math.min(start.length(), 100)).toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }
}

package dev.agentcore4j.model.offline;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls tool arguments out of a prompt: a city, a timezone, a URL, a quoted text, a task title, a
 * search query. Each method returns empty rather than guess wildly.
 */
final class Arguments {

    private static final Pattern CITY_EN = Pattern.compile(
            "\\b(?:in|for|at|of)\\s+((?:[\\p{Lu}][\\p{L}.'-]*)(?:\\s+[\\p{Lu}][\\p{L}.'-]*)*)");
    private static final Pattern CITY_JA = Pattern.compile(
            "([\\p{IsHan}\\p{IsKatakana}ー]{1,10}?)(?:市|都|府|県)?(?:の|は|で)(?:今日の|現在の|今の|いまの|今|いま|明日の)?"
                    + "(?:天気|気温|時刻|時間|何時|現在時刻)");
    private static final Pattern TIMEZONE = Pattern.compile("\\b([A-Z][a-z]+/[A-Z][A-Za-z_]+|UTC|GMT)\\b");
    private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+");
    private static final Pattern QUOTED = Pattern.compile("「([^」]+)」|\"([^\"]+)\"|“([^”]+)”|'([^']{3,})'");
    private static final List<String> NOT_CITIES_JA = List.of("今日", "明日", "昨日", "現在", "今", "本日", "天気");
    private static final List<String> NOT_CITIES = List.of("Japanese", "English", "Celsius", "Fahrenheit", "I", "The");

    private Arguments() {
    }

    static Optional<String> city(String prompt) {
        Matcher ja = CITY_JA.matcher(prompt);
        while (ja.find()) {
            if (!NOT_CITIES_JA.contains(ja.group(1))) {
                return Optional.of(ja.group(1));
            }
        }
        Matcher en = CITY_EN.matcher(prompt);
        while (en.find()) {
            String city = en.group(1).strip();
            if (!NOT_CITIES.contains(city)) {
                return Optional.of(city);
            }
        }
        return Optional.empty();
    }

    static Optional<String> timezone(String prompt) {
        Matcher m = TIMEZONE.matcher(prompt);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Optional<String> url(String prompt) {
        Matcher m = URL.matcher(prompt);
        if (!m.find()) {
            return Optional.empty();
        }
        String url = m.group();
        while (!url.isEmpty() && ".,;:!?)]'".indexOf(url.charAt(url.length() - 1)) >= 0) {
            url = url.substring(0, url.length() - 1);
        }
        return Optional.of(url);
    }

    static Optional<String> quoted(String prompt) {
        Matcher m = QUOTED.matcher(prompt);
        if (!m.find()) {
            return Optional.empty();
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return Optional.of(m.group(g).strip());
            }
        }
        return Optional.empty();
    }

    /** The text after the first match of {@code lead}, up to the end, without trailing punctuation. */
    static Optional<String> after(String prompt, Pattern lead) {
        Matcher m = lead.matcher(prompt);
        if (!m.find()) {
            return Optional.empty();
        }
        return clean(prompt.substring(m.end()));
    }

    /** Group 1 of the first match of {@code pattern}, cleaned. */
    static Optional<String> group(String prompt, Pattern pattern) {
        Matcher m = pattern.matcher(prompt);
        return m.find() ? clean(m.group(1)) : Optional.empty();
    }

    static Optional<String> clean(String text) {
        String s = text.strip().replaceAll("^[:：\\s]+", "").replaceAll("[\\s.。!！?？]+$", "").strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("「") && s.endsWith("」"))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}

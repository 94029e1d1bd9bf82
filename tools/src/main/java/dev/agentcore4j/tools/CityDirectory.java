package dev.agentcore4j.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled city dataset ({@code cities.tsv}), looked up by English or Japanese name or alias.
 * Matching ignores case, accents, spaces and punctuation, a trailing ", country", and the suffixes
 * people add to city names (市 都 府 県, "city", "shi"), trying the name as written first so that
 * 京都 is not mistaken for 京.
 */
final class CityDirectory {

    private static final String RESOURCE = "cities.tsv";
    private static final List<String> SHOWCASE = List.of(
            "Tokyo", "Osaka", "Sapporo", "Fukuoka", "Naha", "New York", "London", "Paris", "Sydney", "Singapore");
    private static final List<String> SUFFIXES = List.of("市", "都", "府", "県", "city", "shi", "シティ");

    private final List<City> cities;
    private final Map<String, City> byKey;

    private CityDirectory(List<City> cities) {
        this.cities = List.copyOf(cities);
        this.byKey = new LinkedHashMap<>();
        for (City city : cities) {
            byKey.putIfAbsent(key(city.nameEn()), city);
            byKey.putIfAbsent(key(city.nameJa()), city);
            city.aliases().forEach(alias -> byKey.putIfAbsent(key(alias), city));
        }
    }

    /** The dataset bundled with this module. */
    static CityDirectory bundled() {
        return Holder.BUNDLED;
    }

    List<City> cities() {
        return cities;
    }

    Optional<City> find(String name) {
        String candidate = key(cutCountry(name));
        for (int stripped = 0; stripped <= 2 && !candidate.isEmpty(); stripped++) {
            City city = byKey.get(candidate);
            if (city != null) {
                return Optional.of(city);
            }
            String shorter = stripSuffix(candidate);
            if (shorter.equals(candidate)) {
                break;
            }
            candidate = shorter;
        }
        return Optional.empty();
    }

    /** Up to {@code limit} known cities: close spellings of {@code name} first, then well-known ones. */
    List<String> suggestions(String name, int limit) {
        String wanted = key(name);
        List<String> out = new ArrayList<>();
        cities.stream()
                .filter(city -> distance(wanted, key(city.nameEn())) <= 2 || distance(wanted, key(city.nameJa())) <= 1)
                .map(City::label)
                .forEach(out::add);
        for (String showcase : SHOWCASE) {
            find(showcase).map(City::label).filter(label -> !out.contains(label)).ifPresent(out::add);
        }
        return out.subList(0, Math.min(limit, out.size()));
    }

    static String key(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
        var out = new StringBuilder(decomposed.length());
        decomposed.codePoints() // drops accents (combining marks), spaces and punctuation
                .filter(cp -> Character.isLetterOrDigit(cp) || isKanaMark(cp))
                .forEach(out::appendCodePoint);
        // NFKD split kana voicing marks off (ガ → カ + ゛); put them back together.
        return Normalizer.normalize(out, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static boolean isKanaMark(int cp) {
        return cp == 0x3099 || cp == 0x309A;
    }

    private static String cutCountry(String name) {
        int comma = name.indexOf(',');
        if (comma < 0) {
            comma = name.indexOf('、');
        }
        return comma > 0 ? name.substring(0, comma) : name;
    }

    private static String stripSuffix(String key) {
        for (String suffix : SUFFIXES) {
            if (key.length() > suffix.length() && key.endsWith(suffix)) {
                return key.substring(0, key.length() - suffix.length());
            }
        }
        return key;
    }

    /** Levenshtein distance, for "did you mean" suggestions. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static CityDirectory load(InputStream in) {
        List<City> cities = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 12) {
                    throw new IllegalStateException(RESOURCE + ": expected 12 columns, got " + f.length + ": " + line);
                }
                List<String> aliases = f[2].isBlank() ? List.of() : Arrays.stream(f[2].split(";")).map(String::strip).toList();
                cities.add(new City(f[0], f[1], aliases, f[3], f[4], ZoneId.of(f[5]), f[6], f[7],
                        Double.parseDouble(f[8]), Integer.parseInt(f[9]), Integer.parseInt(f[10]), f[11]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CityDirectory(cities);
    }

    /** Loaded on first use, once per class loader. */
    private static final class Holder {
        static final CityDirectory BUNDLED;

        static {
            try (InputStream in = CityDirectory.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                BUNDLED = load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

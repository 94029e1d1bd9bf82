package dev.agentcore4j.tools;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * get_current_time's logic: the time now, read from an injected {@link Clock}, in a zone given as an
 * IANA id (any case; the JDK's short ids such as JST too) or as a city from the bundled dataset.
 * With neither, the clock's own zone.
 */
final class ClockReport {

    private static final DateTimeFormatter HUMAN_EN =
            DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu, HH:mm:ss zzz", Locale.ENGLISH);
    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final DateTimeFormatter HUMAN_JA =
            DateTimeFormatter.ofPattern("uuuu年M月d日(E) H時mm分ss秒", Locale.JAPANESE);
    private static final Map<String, String> ZONES_BY_LOWER_CASE = new TreeMap<>();

    static {
        ZoneId.getAvailableZoneIds().forEach(id -> ZONES_BY_LOWER_CASE.put(id.toLowerCase(Locale.ROOT), id));
    }

    private final Clock clock;
    private final CityDirectory directory;

    ClockReport(Clock clock, CityDirectory directory) {
        this.clock = clock;
        this.directory = directory;
    }

    Map<String, Object> now(Optional<String> timezone, Optional<String> cityName) {
        Optional<City> requested = cityName.map(name -> directory.find(name).orElseThrow(() -> new ToolFailure(
                "unknown city '" + name + "'; give an IANA timezone such as 'Asia/Tokyo' instead, or one of: "
                        + String.join(", ", directory.suggestions(name, 6)))));
        Optional<ZoneId> named = timezone.map(text -> zone(text).orElse(null));
        // Models sometimes pass a city as the timezone; honour it rather than fail.
        Optional<City> city = timezone.isPresent() && named.isEmpty()
                ? Optional.of(directory.find(timezone.get()).orElseThrow(() -> new ToolFailure(
                        "unknown timezone '" + timezone.get() + "'; use an IANA id such as 'Asia/Tokyo', 'Europe/London' or 'UTC'")))
                : requested;
        ZoneId zone = named.or(() -> city.map(City::zone)).orElse(clock.getZone());
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        Map<String, Object> result = new LinkedHashMap<>();
        city.ifPresent(c -> {
            result.put("city", c.nameEn());
            result.put("city_ja", c.nameJa());
        });
        result.put("timezone", zone.getId());
        result.put("iso", now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        result.put("utc_offset", now.getOffset().getId().equals("Z") ? "+00:00" : now.getOffset().getId());
        result.put("zone_abbreviation", now.format(ABBREVIATION));
        result.put("date", now.toLocalDate().toString());
        result.put("time", now.toLocalTime().withNano(0).toString());
        result.put("day_of_week", now.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        result.put("human", now.format(HUMAN_EN) + " (UTC" + result.get("utc_offset") + ")");
        result.put("human_ja", now.format(HUMAN_JA));
        result.put("epoch_seconds", now.toEpochSecond());
        return result;
    }

    private static Optional<ZoneId> zone(String text) {
        String wanted = text.strip();
        String exact = ZONES_BY_LOWER_CASE.get(wanted.toLowerCase(Locale.ROOT).replace(' ', '_'));
        if (exact != null) {
            return Optional.of(ZoneId.of(exact));
        }
        String upper = wanted.toUpperCase(Locale.ROOT);
        if (ZoneId.SHORT_IDS.containsKey(upper)) {
            return Optional.of(ZoneId.of(upper, ZoneId.SHORT_IDS));
        }
        if (upper.matches("(UTC|GMT)?[+-]\\d{1,2}(:?\\d{2})?")) {
            try {
                return Optional.of(ZoneId.of(upper.startsWith("UTC") || upper.startsWith("GMT") ? upper : "UTC" + upper).normalized());
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}

package dev.agentcore4j.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeToolTest {

    private static final Instant NOW = Instant.parse("2026-11-25T05:30:15Z");
    private final ToolCalls tools = ToolCalls.of(ToolsConfig.defaults().dataDir(Path.of("unused"))
            .clock(Clock.fixed(NOW, ZoneId.of("Europe/Paris"))));

    private Map<String, Object> time(Map<String, Object> input) {
        return tools.ok("get_current_time", input);
    }

    @Test
    void reports_the_injected_clock_time_in_an_iana_zone() {
        Map<String, Object> tokyo = time(Map.of("timezone", "Asia/Tokyo"));

        assertThat(tokyo).containsEntry("timezone", "Asia/Tokyo")
                .containsEntry("iso", "2026-11-25T14:30:15+09:00")
                .containsEntry("utc_offset", "+09:00")
                .containsEntry("date", "2026-11-25")
                .containsEntry("time", "14:30:15")
                .containsEntry("day_of_week", "Wednesday")
                .containsEntry("epoch_seconds", NOW.getEpochSecond());
        assertThat(tokyo.get("human").toString()).isEqualTo("Wednesday, 25 November 2026, 14:30:15 JST (UTC+09:00)");
        assertThat(tokyo.get("human_ja").toString()).isEqualTo("2026年11月25日(水) 14時30分15秒");
    }

    @Test
    void resolves_cities_in_japanese_and_english_to_their_zones() {
        assertThat(time(Map.of("city", "ロンドン"))).containsEntry("timezone", "Europe/London")
                .containsEntry("city", "London").containsEntry("utc_offset", "+00:00");
        assertThat(time(Map.of("city", "New York"))).containsEntry("timezone", "America/New_York")
                .containsEntry("iso", "2026-11-25T00:30:15-05:00");
        assertThat(time(Map.of("city", "那覇"))).containsEntry("timezone", "Asia/Tokyo");
        for (City city : CityDirectory.bundled().cities()) {
            assertThat(time(Map.of("city", city.nameJa()))).containsEntry("timezone", city.zone().getId());
        }
    }

    @Test
    void accepts_zone_ids_in_any_case_short_ids_offsets_and_a_city_given_as_timezone() {
        assertThat(time(Map.of("timezone", "asia/tokyo"))).containsEntry("timezone", "Asia/Tokyo");
        assertThat(time(Map.of("timezone", "JST"))).containsEntry("timezone", "Asia/Tokyo");
        assertThat(time(Map.of("timezone", "UTC"))).containsEntry("utc_offset", "+00:00");
        assertThat(time(Map.of("timezone", "UTC+05:30"))).containsEntry("iso", "2026-11-25T11:00:15+05:30");
        assertThat(time(Map.of("timezone", "Sydney"))).containsEntry("timezone", "Australia/Sydney")
                .containsEntry("city", "Sydney");
    }

    @Test
    void uses_the_clock_zone_when_neither_timezone_nor_city_is_given() {
        assertThat(time(Map.of())).containsEntry("timezone", "Europe/Paris")
                .containsEntry("iso", "2026-11-25T06:30:15+01:00");
    }

    @Test
    void refuses_an_unknown_timezone_or_city() {
        assertThat(tools.error("get_current_time", Map.of("timezone", "Mars/Olympus_Mons")))
                .startsWith("unknown timezone 'Mars/Olympus_Mons'; use an IANA id such as 'Asia/Tokyo'");
        assertThat(tools.error("get_current_time", Map.of("city", "Atlantis")))
                .startsWith("unknown city 'Atlantis'; give an IANA timezone");
    }
}

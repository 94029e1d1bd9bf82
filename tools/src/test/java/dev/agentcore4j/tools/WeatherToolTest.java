package dev.agentcore4j.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeatherToolTest {

    private final ToolCalls tools = ToolCalls.of(ToolsConfig.defaults().dataDir(Path.of("unused")));

    private Map<String, Object> weather(Map<String, Object> input) {
        return tools.ok("get_current_weather", input);
    }

    @Test
    void reports_sample_conditions_in_both_languages_and_labels_them_as_sample_data() {
        Map<String, Object> tokyo = weather(Map.of("city", "東京"));

        assertThat(tokyo).containsEntry("city", "Tokyo").containsEntry("city_ja", "東京")
                .containsEntry("country", "Japan").containsEntry("unit", "celsius")
                .containsEntry("source", "offline sample dataset, not live weather")
                .containsKeys("condition", "condition_ja", "temperature", "humidity_percent", "wind_kph", "wind_direction");
        assertThat(tokyo.get("condition_ja").toString()).isNotBlank();
        assertThat(tokyo.get("temperature_text").toString()).endsWith("°C");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Tokyo, Tokyo", "tokyo, Tokyo", "TOKYO, Tokyo", "東京都, Tokyo", "大阪, Osaka", "大阪市, Osaka", "大阪府, Osaka",
            "札幌, Sapporo", "福岡県, Fukuoka", "那覇市, Naha", "京都, Kyoto", "京都府, Kyoto", "New York, New York",
            "new york city, New York", "NYC, New York", "ニューヨーク, New York", "London, London", "ロンドン, London",
            "'Paris, France', Paris", "Sydney, Sydney", "Sapporo City, Sapporo", "sao paulo, São Paulo",
            "Zurich, Zurich", "Zürich, Zurich", "Mexico City, Mexico City", "メキシコシティ, Mexico City",
            "ho chi minh city, Ho Chi Minh City", "Saigon, Ho Chi Minh City", "ｔｏｋｙｏ, Tokyo", "  Osaka  , Osaka",
    })
    void matches_city_names_case_insensitively_and_tolerates_suffixes(String query, String expected) {
        assertThat(weather(Map.of("city", query))).containsEntry("city", expected);
    }

    @Test
    void converts_to_fahrenheit_on_request() {
        Map<String, Object> celsius = weather(Map.of("city", "Sapporo"));
        Map<String, Object> fahrenheit = weather(Map.of("city", "Sapporo", "unit", "fahrenheit"));

        double c = ((Number) celsius.get("temperature")).doubleValue();
        assertThat(((Number) fahrenheit.get("temperature")).doubleValue()).isCloseTo(c * 9 / 5 + 32, org.assertj.core.data.Offset.offset(0.05));
        assertThat(fahrenheit).containsEntry("unit", "fahrenheit");
        assertThat(fahrenheit.get("temperature_text").toString()).endsWith("°F");
    }

    @Test
    void refuses_an_unknown_city_and_lists_known_ones_instead_of_inventing_weather() {
        String message = tools.error("get_current_weather", Map.of("city", "Atlantis"));

        assertThat(message).startsWith("unknown city 'Atlantis'; known cities include: ")
                .contains("Tokyo (東京)", "London (ロンドン)");
    }

    @Test
    void suggests_close_spellings_first_for_a_misspelled_city() {
        assertThat(tools.error("get_current_weather", Map.of("city", "Londn")))
                .startsWith("unknown city 'Londn'; known cities include: London (ロンドン)");
    }

    @Test
    void rejects_a_missing_city_and_an_unsupported_unit() {
        assertThat(tools.error("get_current_weather", Map.of())).isEqualTo("argument 'city' is required");
        assertThat(tools.error("get_current_weather", Map.of("city", "Tokyo", "unit", "kelvin")))
                .contains("argument 'unit' must be one of [celsius, fahrenheit]");
        assertThatThrownBy(() -> new WeatherReport(CityDirectory.bundled()).current("Tokyo", "kelvin"))
                .hasMessage("unit must be \"celsius\" or \"fahrenheit\", got 'kelvin'");
    }

    @Test
    void dataset_has_at_least_fifty_cities_with_unique_names_zones_and_plausible_values() {
        List<City> cities = CityDirectory.bundled().cities();
        assertThat(cities).hasSizeGreaterThanOrEqualTo(50);
        Set<String> keys = new HashSet<>();
        for (City city : cities) {
            assertThat(keys.add(CityDirectory.key(city.nameEn()))).as(city.nameEn()).isTrue();
            assertThat(keys.add(CityDirectory.key(city.nameJa()))).as(city.nameJa()).isTrue();
            assertThat(city.temperatureC()).isBetween(-40.0, 50.0);
            assertThat(city.humidityPercent()).isBetween(0, 100);
            assertThat(city.conditionJa()).isNotBlank();
        }
        for (String required : List.of("東京", "大阪", "札幌", "福岡", "那覇", "New York", "London", "Paris", "Sydney")) {
            assertThat(CityDirectory.bundled().find(required)).as(required).isPresent();
        }
    }
}

package dev.agentcore4j.tools;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * get_current_weather's logic: sample conditions from the bundled dataset, clearly labelled as such.
 * An unknown city is an error that names known cities; nothing is ever made up.
 */
final class WeatherReport {

    static final String SOURCE = "offline sample dataset, not live weather";

    private final CityDirectory directory;

    WeatherReport(CityDirectory directory) {
        this.directory = directory;
    }

    Map<String, Object> current(String cityName, String unit) {
        String normalisedUnit = unit(unit);
        City city = directory.find(cityName).orElseThrow(() -> new ToolFailure(
                "unknown city '" + cityName + "'; known cities include: " + String.join(", ", directory.suggestions(cityName, 8))));
        boolean fahrenheit = normalisedUnit.equals("fahrenheit");
        double temperature = fahrenheit ? city.temperatureC() * 9 / 5 + 32 : city.temperatureC();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("city", city.nameEn());
        result.put("city_ja", city.nameJa());
        result.put("country", city.countryEn());
        result.put("country_ja", city.countryJa());
        result.put("condition", city.conditionEn());
        result.put("condition_ja", city.conditionJa());
        result.put("temperature", Math.round(temperature * 10) / 10.0);
        result.put("unit", normalisedUnit);
        result.put("temperature_text", String.format(Locale.ROOT, "%.1f°%s", temperature, fahrenheit ? "F" : "C"));
        result.put("humidity_percent", city.humidityPercent());
        result.put("wind_kph", city.windKph());
        result.put("wind_direction", city.windDirection());
        result.put("source", SOURCE);
        result.put("note", "Fixed sample values for demos and tests; do not use for real decisions. / デモ用の固定サンプル値です（実際の天気ではありません）。");
        return result;
    }

    private static String unit(String unit) {
        return switch (unit.strip().toLowerCase(Locale.ROOT)) {
            case "", "c", "celsius", "°c", "℃", "摂氏", "metric" -> "celsius";
            case "f", "fahrenheit", "°f", "℉", "華氏", "imperial" -> "fahrenheit";
            default -> throw new ToolFailure("unit must be \"celsius\" or \"fahrenheit\", got '" + unit + "'");
        };
    }
}

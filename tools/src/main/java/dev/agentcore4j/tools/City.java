package dev.agentcore4j.tools;

import java.time.ZoneId;
import java.util.List;

/** One row of the bundled city dataset: names, time zone and fixed sample weather. */
record City(String nameEn, String nameJa, List<String> aliases, String countryEn, String countryJa, ZoneId zone,
            String conditionEn, String conditionJa, double temperatureC, int humidityPercent, int windKph,
            String windDirection) {

    /** "Tokyo (東京)": how a city is shown in lists and error messages. */
    String label() {
        return nameEn + " (" + nameJa + ")";
    }
}

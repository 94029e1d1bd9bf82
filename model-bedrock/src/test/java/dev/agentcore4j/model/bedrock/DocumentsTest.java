package dev.agentcore4j.model.bedrock;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentsTest {

    @Test
    void json_like_values_survive_the_round_trip_through_sdk_documents() {
        Map<String, Object> value = Map.of("city", "Tokyo", "days", 2, "big", 12345678901L,
                "ratio", new BigDecimal("0.25"), "ok", true, "tags", List.of("a", "b"), "nested", Map.of("x", 1));
        assertThat(Documents.toObject(Documents.toDocument(value))).isEqualTo(value);
    }
}

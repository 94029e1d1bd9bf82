package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateAgentRuntimeRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ValidationException;

/** Server-side validation like AWS's: the SDK checks nothing, the twin answers ValidationException. */
class ValidationIT {

    static TwinFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new TwinFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static CreateAgentRuntimeRequest.Builder valid() {
        return CreateAgentRuntimeRequest.builder().agentRuntimeName("valid_name")
                .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri(TwinFixture.IN_PROCESS_URI)))
                .roleArn(TwinFixture.ROLE).networkConfiguration(n -> n.networkMode("PUBLIC"));
    }

    private static ValidationException rejected(CreateAgentRuntimeRequest.Builder request) {
        return catchThrowableOfType(ValidationException.class,
                () -> fixture.control.createAgentRuntime(request.build()));
    }

    @Test
    void a_name_with_a_hyphen_is_rejected_naming_the_pattern() {
        ValidationException e = rejected(valid().agentRuntimeName("my-agent"));
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.reasonAsString()).isEqualTo("FieldValidationFailed");
        assertThat(e.fieldList()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("agentRuntimeName");
            assertThat(f.message()).contains("[a-zA-Z][a-zA-Z0-9_]{0,47}");
        });
        assertThat(e.awsErrorDetails().errorMessage()).startsWith("1 validation error detected: Value 'my-agent'");
    }

    @Test
    void a_name_longer_than_48_characters_is_rejected() {
        assertThat(rejected(valid().agentRuntimeName("a".repeat(49))).fieldList())
                .extracting(f -> f.name()).containsExactly("agentRuntimeName");
    }

    @Test
    void bad_container_uri_and_role_arn_are_reported_together() {
        ValidationException e = rejected(valid()
                .agentRuntimeArtifact(a -> a.containerConfiguration(c -> c.containerUri("docker.io/library/agent:1")))
                .roleArn("arn:aws:iam::123:user/x"));
        assertThat(e.fieldList()).extracting(f -> f.name())
                .containsExactly("agentRuntimeArtifact.containerConfiguration.containerUri", "roleArn");
        assertThat(e.awsErrorDetails().errorMessage()).startsWith("2 validation errors detected");
    }

    @Test
    void lifecycle_values_outside_60_to_28800_and_idle_above_max_are_rejected() {
        assertThat(rejected(valid().lifecycleConfiguration(l -> l.idleRuntimeSessionTimeout(59))).fieldList())
                .extracting(f -> f.name()).containsExactly("lifecycleConfiguration.idleRuntimeSessionTimeout");
        assertThat(rejected(valid().lifecycleConfiguration(l -> l.maxLifetime(28801))).fieldList())
                .extracting(f -> f.name()).contains("lifecycleConfiguration.maxLifetime");
        assertThat(rejected(valid().lifecycleConfiguration(l -> l.idleRuntimeSessionTimeout(600).maxLifetime(300)))
                .fieldList()).extracting(f -> f.message())
                .containsExactly("idleRuntimeSessionTimeout must be less than or equal to maxLifetime");
    }

    @Test
    void a_description_over_4096_characters_is_rejected_without_echoing_it() {
        ValidationException e = rejected(valid().description("x".repeat(4097)));
        assertThat(e.fieldList()).extracting(f -> f.name()).containsExactly("description");
        assertThat(e.awsErrorDetails().errorMessage()).doesNotContain("xxxx");
    }

    @Test
    void a_header_allowlist_over_20_entries_is_rejected() {
        var headers = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "X-Custom-" + i).toList();
        assertThat(rejected(valid().requestHeaderConfiguration(h -> h.requestHeaderAllowlist(headers))).fieldList())
                .extracting(f -> f.name()).containsExactly("requestHeaderConfiguration.requestHeaderAllowlist");
    }

    @Test
    void missing_required_members_are_named() {
        ValidationException e = rejected(CreateAgentRuntimeRequest.builder().agentRuntimeName("only_name"));
        assertThat(e.fieldList()).extracting(f -> f.name())
                .contains("agentRuntimeArtifact", "roleArn", "networkConfiguration");
    }

    @Test
    void errors_use_the_aws_json_encoding_with_error_type_header_and_request_id() throws Exception {
        HttpResponse<String> response = fixture.raw("PUT", "/runtimes/", "{\"agentRuntimeName\":\"bad-name\"}",
                "Content-Type", "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ValidationException");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        JsonNode body = Json.MAPPER.readTree(response.body());
        assertThat(body.path("message").asText()).contains("validation error");
        assertThat(body.path("reason").asText()).isEqualTo("FieldValidationFailed");
        assertThat(body.path("fieldList").isArray()).isTrue();
    }

    @Test
    void a_body_that_is_not_json_is_a_cannot_parse_validation_error() throws Exception {
        HttpResponse<String> response = fixture.raw("PUT", "/runtimes/", "{not json", "Content-Type", "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(response.body()).path("reason").asText()).isEqualTo("CannotParse");
    }

    @Test
    void an_unknown_path_is_answered_in_the_aws_shape() throws Exception {
        HttpResponse<String> response = fixture.raw("GET", "/nothing-here", "");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ResourceNotFoundException");
    }
}

package dev.agentcore4j.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.agent.Usage;
import dev.agentcore4j.backend.BundledAgentTwin;
import dev.agentcore4j.model.testkit.ChatCompletionsFormat;
import dev.agentcore4j.model.testkit.ProviderServer;
import dev.agentcore4j.model.testkit.ScriptedReply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The chat's model switch reaching the runtime: the browser sends {@code "model"} with each turn; a
 * runtime without the provider's variables says which ones it needs, and one whose environment
 * variables (given at CreateAgentRuntime) point {@code openai} at a fake OpenAI-compatible server on
 * loopback answers with that model.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModelSwitchChatIT {

    @AutoClose
    private final ProviderServer openai = ProviderServer.start(new ChatCompletionsFormat());
    @AutoClose
    private final StackInBrowser browser = new StackInBrowser("en-US");
    private final DashboardStack stack = browser.stack;
    private final Page page = browser.page;

    @Test
    @Order(1)
    void a_model_the_runtime_is_not_configured_for_shows_the_runtimes_reason_in_the_chat() throws Exception {
        assertThat(page.locator("#chat-model").inputValue()).as("the runtime's own model by default").isEmpty();
        assertThat(page.locator("#chat-model-hint").textContent()).contains("AC4J_MODEL", "OPENAI_BASE_URL");
        page.locator("#chat-model").selectOption("openai");

        send("Hello");
        Locator error = page.locator(".message-assistant .message-error").last();
        error.waitFor();
        assertThat(error.textContent()).contains("model 'openai' is not configured in this runtime", "OPENAI_BASE_URL");
        assertThat(openai.requests()).isEmpty();
    }

    @Test
    @Order(2)
    void a_runtime_with_openai_in_its_environment_answers_the_chat_with_that_model() throws Exception {
        String arn = BundledAgentTwin.createReady(stack.control, "model_agent", DashboardStack.FROM_ENV_URI,
                DashboardStack.ROLE, Map.of("OPENAI_BASE_URL", openai.uri() + "/v1", "AC4J_OPENAI_MODEL", "fake-llama"));
        openai.enqueue(ScriptedReply.text(StopReason.END_TURN, Usage.of(7, 3), "Hello from ", "the fake model."));
        putSettings("{\"provider\": \"offline\", \"providerOptions\": {}, \"runtimeArn\": \"" + arn + "\"}");
        page.evaluate("() => localStorage.removeItem('ac4j.chat.session')");
        page.reload();
        page.locator("body[data-ready=true]").waitFor();
        assertThat(page.locator(".chat-target").textContent()).contains(arn);
        assertThat(page.locator("#chat-model").inputValue()).as("the choice is remembered in this browser").isEqualTo("openai");

        send("Say hello");
        Locator answer = page.locator(".message-assistant .message-text[aria-busy=false]").last();
        answer.waitFor();
        assertThat(answer.textContent()).isEqualTo("Hello from the fake model.");
        assertThat(page.locator(".message-assistant .message-error").last().isVisible()).isFalse();
        assertThat(openai.requests()).hasSize(1);
        JsonNode request = new ObjectMapper().readTree(openai.requests().getFirst().body());
        assertThat(request.get("model").asText()).isEqualTo("fake-llama");
        assertThat(request.get("messages").toString()).contains("Say hello");
        assertThat(browser.chromium.consoleErrors).isEmpty();
        assertThat(stack.api("/config")).as("the backend's provider is not the runtime's model").contains("\"provider\":\"offline\"");
    }

    private void send(String prompt) {
        Locator box = page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true));
        box.fill(prompt);
        box.press("Enter");
    }

    private void putSettings(String body) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.url("/api/settings")))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
    }
}

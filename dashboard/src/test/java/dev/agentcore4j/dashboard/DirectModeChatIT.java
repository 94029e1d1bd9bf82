package dev.agentcore4j.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.agentcore4j.backend.BackendApi;
import dev.agentcore4j.backend.BackendConfig;
import dev.agentcore4j.backend.Mode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * With the backend in direct mode (no runtime to call, e.g. BackendMain on its own) the chat goes
 * through the backend's own stream, which records the turn itself, and the model switch applies to
 * the chat.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectModeChatIT {

    static {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private BackendApi backend;
    private DashboardServer dashboard;
    private Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        Path dir = Files.createTempDirectory("dashboard-direct");
        backend = BackendApi.create(BackendConfig.builder().dataDir(dir).mode(Mode.DIRECT).build());
        dashboard = DashboardServer.start(DashboardConfig.defaults().withPort(0), backend::handle);
        chromium = new Chromium();
    }

    @AfterAll
    void stop() {
        chromium.close();
        dashboard.close();
        backend.close();
    }

    @Test
    void the_chat_streams_through_the_backend_which_records_the_turn_once() throws Exception {
        Page page = chromium.page("ja-JP", false);
        page.navigate(dashboard.url().toString());
        page.locator("body[data-ready=true]").waitFor();
        assertThat(page.locator(".chat-target").textContent()).contains("バックエンド経由").contains("direct");
        assertThat(page.locator("#chat-model-hint").textContent()).isEqualTo("バックエンドはこのモデルでチャットを実行します。");

        page.locator("#chat-prompt").fill("東京の天気は？");
        page.locator("#chat-prompt").press("Enter");
        Locator answer = page.locator(".message-assistant .message-text[aria-busy=false]");
        answer.waitFor();
        assertThat(answer.textContent()).contains("東京");
        assertThat(page.locator(".trace-entry[data-tool=get_current_weather]").count()).isEqualTo(1);

        String id = (String) page.evaluate("() => localStorage.getItem('ac4j.chat.session')");
        JsonNode session = JSON.readTree(get("/api/sessions/" + id));
        assertThat(session.path("messages")).hasSize(2);
        assertThat(session.path("messages").get(1).path("toolCalls").get(0).path("tool").asText()).isEqualTo("get_current_weather");
        page.context().close();
    }

    @Test
    void a_model_that_cannot_be_built_is_refused_with_the_reason_and_the_switch_goes_back() throws Exception {
        Page page = chromium.page("en-US", false);
        page.navigate(dashboard.url().toString());
        page.locator("body[data-ready=true]").waitFor();
        page.locator("#chat-model").selectOption("anthropic");
        Locator error = page.locator(".page-chat .alert");
        error.waitFor();
        assertThat(error.textContent()).containsIgnoringCase("api key");
        assertThat(page.locator("#chat-model").inputValue()).isEqualTo("offline");
        assertThat(get("/api/config")).contains("\"provider\":\"offline\"");
        page.context().close();
    }

    private String get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + dashboard.port() + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}

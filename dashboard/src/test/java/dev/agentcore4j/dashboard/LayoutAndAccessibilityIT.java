package dev.agentcore4j.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every page in Japanese and English, on a desktop and at phone width (375×812): the basic
 * accessibility checks (labels, names, landmarks, contrast), no sideways scrolling on the phone,
 * keyboard use, the language toggle; and a screenshot of each under target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutAndAccessibilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PAGES = List.of("chat", "sessions", "compare", "benchmark", "runtimes", "settings");

    private DashboardStack stack;
    private Chromium chromium;
    private String check;
    private String sessionId;

    @BeforeAll
    void start() throws Exception {
        stack = new DashboardStack();
        chromium = new Chromium();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("a11y-check.js")) {
            check = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Something to show: a chat turn with a tool call (through the browser) and a benchmark run.
        Page page = chromium.page("ja-JP", false);
        page.navigate(stack.url("/"));
        page.locator("body[data-ready=true]").waitFor();
        page.locator("#chat-prompt").fill("東京の天気は？");
        page.locator("#chat-prompt").press("Enter");
        page.locator(".message-assistant .message-text[aria-busy=false]").waitFor();
        sessionId = (String) page.evaluate("() => localStorage.getItem('ac4j.chat.session')");
        page.context().close();
        String runId = JSON.readTree(post("/benchmarks", "{\"categories\": [\"basic\", \"tool_use\", \"multi_tool\"]}")).path("runId").asText();
        while (JSON.readTree(stack.api("/benchmarks/" + runId)).path("status").asText().equals("running")) {
            Thread.sleep(100);
        }
    }

    @AfterAll
    void stop() {
        chromium.close();
        stack.close();
    }

    @Test
    void the_language_follows_the_browser_and_the_toggle_switches_it_and_is_remembered() {
        Page page = chromium.page("en-US", false);
        page.navigate(stack.url("/"));
        page.locator("body[data-ready=true]").waitFor();
        assertThat(page.locator("nav a[data-page=chat]").textContent()).isEqualTo("Chat");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(page.locator("#lang-toggle").getAttribute("aria-label")).isEqualTo("Switch the language to 日本語");

        page.locator("#lang-toggle").click();
        assertThat(page.locator("nav a[data-page=chat]").textContent()).isEqualTo("チャット");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ja");
        assertThat(page.locator("#chat-prompt").getAttribute("placeholder")).contains("東京の天気は？");
        assertThat(page.locator("label[for=chat-prompt]").textContent()).isEqualTo("メッセージ");
        assertThat(page.title()).isEqualTo("チャット · AgentCore4J");

        page.reload();
        page.locator("body[data-ready=true]").waitFor();
        assertThat(page.locator("nav a[data-page=settings]").textContent()).isEqualTo("設定");
        page.locator("#lang-toggle").click();
        assertThat(page.locator("nav a[data-page=settings]").textContent()).isEqualTo("Settings");
        page.context().close();
    }

    @Test
    void the_keyboard_reaches_the_skip_link_first_and_focus_is_visible() {
        Page page = chromium.page("en-US", false);
        page.navigate(stack.url("/#/chat"));
        page.locator("body[data-ready=true]").waitFor();
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("skip-link");
        assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
        page.keyboard().press("Enter");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("chat-title");

        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("chat-engine");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.id")).as("engine, model, session, new session, message")
                .isEqualTo("chat-prompt");
        page.context().close();
    }

    @Test
    void every_page_passes_the_checks_in_both_languages_on_desktop_and_phone() {
        List<String> problems = new ArrayList<>();
        for (String language : List.of("ja", "en")) {
            for (boolean phone : List.of(false, true)) {
                Page page = chromium.page(language.equals("ja") ? "ja-JP" : "en-US", phone);
                for (String name : PAGES) {
                    String where = name + "-" + (phone ? "phone" : "desktop") + "-" + language;
                    visit(page, name);
                    @SuppressWarnings("unchecked")
                    List<String> found = (List<String>) page.evaluate(check);
                    found.forEach(p -> problems.add(where + ": " + p));
                    if (phone) {
                        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                        if (((Number) overflow).intValue() > 0) {
                            problems.add(where + ": " + overflow + " px wider than the phone");
                        }
                    }
                    Chromium.screenshot(page, where);
                }
                page.context().close();
            }
        }
        assertThat(problems).isEmpty();
        assertThat(chromium.consoleErrors).isEmpty();
    }

    @Test
    void the_checks_catch_an_unlabelled_field_a_nameless_button_and_faint_text() {
        Page page = chromium.page("en-US", false);
        visit(page, "settings");
        page.evaluate("() => { const main = document.querySelector('main');"
                + " const input = document.createElement('input'); input.id = 'probe-input';"
                + " const button = document.createElement('button'); button.id = 'probe-button';"
                + " const faint = document.createElement('p'); faint.textContent = 'faint text'; faint.style.color = '#bbbbbb';"
                + " main.append(input, button, faint); }");
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate(check);
        assertThat(found).hasSize(3);
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("no label").contains("probe-input"))
                .anySatisfy(p -> assertThat(p).startsWith("no name").contains("probe-button"))
                .anySatisfy(p -> assertThat(p).startsWith("contrast 1.").contains("faint text"));
        page.context().close();
    }

    /** Opens a page and fills it with what it shows best. */
    private void visit(Page page, String name) {
        String hash = switch (name) {
            case "chat", "sessions" -> name + "/" + sessionId;
            default -> name;
        };
        page.navigate(stack.url("/#/" + hash));
        page.locator("body[data-ready=true]").waitFor();
        switch (name) {
            case "chat" -> page.locator(".trace-entry[data-tool=get_current_weather]").waitFor();
            case "sessions" -> page.locator(".session-detail .message-user").waitFor();
            case "compare" -> {
                page.locator("#compare-prompt").fill("東京の天気は？");
                page.locator("form button[type=submit]").click();
                page.locator("figure[data-chart=compare-tokens][data-drawn=true]").waitFor();
            }
            case "benchmark" -> page.locator("figure[data-chart=bench-tokens][data-drawn=true]").waitFor();
            case "runtimes" -> page.locator(".runtime-card[data-runtime=demo_agent]").waitFor();
            case "settings" -> page.waitForCondition(() -> "offline".equals(page.locator("#settings-provider").inputValue()));
            default -> throw new IllegalArgumentException(name);
        }
    }

    private String post(String path, String body) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.url("/api" + path)))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            return response.body();
        }
    }
}

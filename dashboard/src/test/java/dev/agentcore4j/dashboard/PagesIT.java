package dev.agentcore4j.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** Compare, Benchmark, Runtimes and Settings in a real browser (English) against the real stack. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesIT {

    /** A well-formed JWT (three base64url parts); the demo runtime takes SigV4, not tokens. */
    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkYXNoYm9hcmQtaXQifQ.c2lnbmF0dXJlLW5vdC1jaGVja2Vk";

    @AutoClose
    private final StackInBrowser browser = new StackInBrowser("en-US");
    private final DashboardStack stack = browser.stack;
    private final Page page = browser.page;

    @Test
    @Order(1)
    void compare_runs_one_prompt_on_both_engines_side_by_side_with_a_chart() {
        open("compare");
        page.getByLabel("Prompt").fill("What is the weather in Tokyo?");
        page.locator("button", new Page.LocatorOptions().setHasText("Compare")).last().click();
        Locator cards = page.locator(".compare-card");
        cards.nth(1).waitFor();
        assertThat(cards.allTextContents()).hasSize(2);
        for (String engine : new String[] {"strands", "langchain4j"}) {
            Locator card = page.locator(".compare-card[data-engine=" + engine + "]");
            assertThat(card.textContent()).contains("succeeded").contains("Latency").contains("Tokyo");
            assertThat(card.locator(".trace-entry[data-tool=get_current_weather]").count()).isEqualTo(1);
        }
        page.locator("figure[data-chart=compare-latency][data-drawn=true]").waitFor();
        page.locator("figure[data-chart=compare-tokens][data-drawn=true]").waitFor();
        assertThat(page.locator("#compare-latency").boundingBox().height).isGreaterThan(100);
        assertThat(page.locator("#compare-latency").getAttribute("aria-label")).contains("strands").contains("langchain4j");
        assertThat(page.locator("figure[data-chart=compare-tokens] table").textContent()).contains("Input tokens");
    }

    @Test
    @Order(2)
    void a_benchmark_shows_progress_then_its_charts_and_an_earlier_run_can_be_laid_over_it() throws Exception {
        open("benchmark");
        runBenchmark("tool_use");
        String first = page.locator(".bench-view").getAttribute("data-run-id");
        for (String chart : new String[] {"bench-latency", "bench-success", "bench-tokens"}) {
            page.locator("figure[data-chart=" + chart + "][data-drawn=true]").waitFor();
        }
        assertThat(page.locator("#bench-progress").evaluate("p => p.value === p.max && p.max > 1")).isEqualTo(true);
        assertThat(page.locator(".summary-table").textContent()).contains("strands").contains("langchain4j").contains("100 %");
        assertThat(page.locator("figure[data-chart=bench-success] table").textContent()).contains("Tool use");

        runBenchmark("basic");
        String second = page.locator(".bench-view").getAttribute("data-run-id");
        assertThat(second).isNotEqualTo(first);
        assertThat(page.locator("#bench-run option").count()).isEqualTo(2);
        page.locator("#bench-baseline").selectOption(first);
        page.locator(".summary-table", new Page.LocatorOptions().setHasText("(earlier)")).waitFor();
        assertThat(page.locator("figure[data-chart=bench-latency] table").textContent())
                .contains("strands (earlier)").contains("Basic").contains("Tool use");
        Chromium.screenshot(page, "benchmark-against-an-earlier-run-desktop-en");
        JsonNode runs = stack.apiJson("/benchmarks").path("runs");
        assertThat(runs.size()).isEqualTo(2);
        assertThat(runs.get(0).path("status").asText()).isEqualTo("done");
    }

    @Test
    @Order(3)
    void runtimes_lists_versions_endpoints_and_live_sessions_and_stops_one() throws Exception {
        open("chat");
        page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).fill("15 * 23 + 7 は？");
        page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).press("Enter");
        page.locator(".message-assistant .message-text[aria-busy=false]").waitFor();
        String sessionId = (String) page.evaluate("() => localStorage.getItem('ac4j.chat.session')");

        open("runtimes");
        Locator demo = page.locator(".runtime-card[data-runtime=demo_agent]");
        demo.waitFor();
        assertThat(demo.textContent()).contains("READY").contains(stack.demoArn).contains("DEFAULT");
        assertThat(page.locator(".runtime-card[data-runtime=slow_agent]").count()).isEqualTo(1);
        Locator row = demo.locator("tr", new Locator.LocatorOptions().setHasText(sessionId));
        assertThat(row.textContent()).contains("Healthy").containsPattern("\\d+ s of 900 s");

        row.locator("button", new Locator.LocatorOptions().setHasText("Stop")).click();
        page.locator(".page-runtimes .status", new Page.LocatorOptions().setHasText("was stopped")).waitFor();
        page.waitForCondition(() -> demo.locator("tr", new Locator.LocatorOptions().setHasText(sessionId)).count() == 0);
        assertThat(stack.api("/runtimes")).doesNotContain(sessionId);
    }

    @Test
    @Order(4)
    void settings_keep_the_provider_and_its_options_and_never_show_a_secret_in_full() {
        open("settings");
        page.locator("#settings-provider").selectOption("openai");
        page.getByLabel("Base URL").fill("http://127.0.0.1:11434/v1");
        page.getByLabel("Model", new Page.GetByLabelOptions().setExact(true)).fill("llama3.1");
        page.getByLabel("API key").fill("sk-dashboard-secret-9876");
        save();

        page.reload();
        page.locator("body[data-ready=true]").waitFor();
        page.locator("#settings-provider").waitFor();
        page.waitForCondition(() -> "openai".equals(page.locator("#settings-provider").inputValue()));
        assertThat(page.getByLabel("Base URL").inputValue()).isEqualTo("http://127.0.0.1:11434/v1");
        assertThat(page.getByLabel("API key").inputValue()).isEmpty();
        assertThat(page.getByLabel("API key").getAttribute("placeholder")).isEqualTo("****9876");
        assertThat(page.content()).doesNotContain("sk-dashboard-secret");
        assertThat(stack.api("/settings")).doesNotContain("sk-dashboard-secret");

        page.locator("#settings-provider").selectOption("offline");
        save();
        assertThat(stack.api("/config")).contains("\"provider\":\"offline\"");
    }

    @Test
    @Order(5)
    void a_jwt_goes_to_the_runtime_as_a_bearer_token_and_its_refusal_is_shown_clearly() {
        open("settings");
        page.getByLabel("JWT (Bearer token)").fill(JWT);
        save();
        assertThat(page.locator("#settings-jwt-stored").textContent()).isEqualTo("Stored: ****" + JWT.substring(JWT.length() - 4));

        open("chat");
        page.getByText("New session", new Page.GetByTextOptions().setExact(true)).click();
        page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).fill("hello");
        page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).press("Enter");
        Locator error = page.locator(".message-assistant .message-error").last();
        error.waitFor();
        assertThat(error.textContent()).startsWith("The runtime refused the call:").contains("Authorization method mismatch");
        Chromium.screenshot(page, "chat-error-desktop-en");

        open("settings");
        page.getByText("Remove token").click();
        page.locator("#settings-jwt-stored", new Page.LocatorOptions().setHasText("No token stored.")).waitFor();
        open("chat");
        page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).fill("hello");
        page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).press("Enter");
        page.locator(".message-assistant .message-text[aria-busy=false]").nth(1).waitFor();
        assertThat(page.locator(".message-assistant .message-error").last().isVisible()).isFalse();
        assertThat(browser.chromium.consoleErrors).allMatch(e -> e.contains("403"), "only the refused call is logged by the browser");
    }

    @Test
    @Order(6)
    void memory_events_unknown_kinds_failed_tools_and_agent_errors_show_as_text_and_are_recorded() throws Exception {
        open("settings");
        page.locator("#settings-arn").fill(stack.oddArn);
        save();
        open("chat");
        page.getByText("New session", new Page.GetByTextOptions().setExact(true)).click();
        page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).fill("anything");
        page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).press("Enter");
        Locator answer = page.locator(".message-assistant .message-text[aria-busy=false]").last();
        answer.waitFor();

        assertThat(answer.textContent()).isEqualTo("Answer with <b id=\"injected\">markup</b> as text. ");
        assertThat(page.locator("#injected, #injected-image").count()).as("markup from the agent stays text").isZero();
        assertThat(page.locator(".message-assistant .message-error").last().textContent()).isEqualTo("the agent failed: Boom");
        assertThat(page.locator(".trace-entry[data-event-type=memory_recall]").textContent())
                .contains("Memory recalled 1 records").contains("Likes green tea").contains("score 0.83");
        assertThat(page.locator(".trace-entry[data-event-type=memory_warning]").textContent())
                .contains("Memory warning (record)").contains("memory is unavailable");
        assertThat(page.locator(".trace-entry[data-event-type=something_new]").textContent()).contains("Event: something_new");
        assertThat(page.locator(".trace-entry[data-event-type=raw]").textContent()).contains("Event: raw");
        assertThat(page.locator(".trace-entry[data-tool=calculate] .badge").textContent()).isEqualTo("error");
        Chromium.screenshot(page, "chat-other-events-desktop-en");

        String sessionId = (String) page.evaluate("() => localStorage.getItem('ac4j.chat.session')");
        JsonNode reply = stack.apiJson("/sessions/" + sessionId).path("messages").get(1);
        assertThat(reply.path("failed").asText()).isEqualTo("the agent failed: Boom");
        assertThat(reply.path("toolCalls").get(0).path("status").asText()).isEqualTo("error");

        open("settings");
        page.locator("#settings-arn").fill(stack.demoArn);
        save();
    }

    private void open(String name) {
        page.locator("nav a[data-page=" + name + "]").click();
        page.locator("main h1").waitFor();
    }

    private void save() {
        page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Save")).click();
        page.locator(".page-settings .status", new Page.LocatorOptions().setHasText("Settings saved.")).waitFor();
    }

    private void runBenchmark(String category) {
        for (String c : new String[] {"basic", "memory", "tool_use", "multi_tool", "error_handling"}) {
            page.locator("#bench-category-" + c).setChecked(c.equals(category));
        }
        page.getByLabel("Repeat").fill("1");
        String before = page.locator(".bench-view").getAttribute("data-run-id");
        page.locator("button", new Page.LocatorOptions().setHasText("Run benchmark")).click();
        page.locator("#bench-progress-text", new Page.LocatorOptions().setHasText("The benchmark is done.")).waitFor();
        page.waitForCondition(() -> {
            String now = page.locator(".bench-view").getAttribute("data-run-id");
            return now != null && !now.equals(before);
        });
    }
}

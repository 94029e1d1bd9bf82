package dev.agentcore4j.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The chat in a real browser against the real stack: the browser calls the twin's data plane
 * itself (encoded ARN URL, session header), streams the agent's answer and its tool calls, and
 * records the turn in the backend's log. One browser page goes through the tests in order, as a
 * user would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChatIT {

    @AutoClose
    private final StackInBrowser browser = new StackInBrowser("ja-JP");
    private final DashboardStack stack = browser.stack;
    private final Page page = browser.page;

    @Test
    @Order(1)
    void a_japanese_weather_question_streams_its_answer_with_the_weather_tool_in_the_trace() throws Exception {
        assertThat(page.locator("nav a[data-page=chat]").textContent()).as("Japanese from the browser's language").isEqualTo("チャット");
        assertThat(page.locator(".chat-target").textContent()).contains(stack.demoArn);

        send("東京の天気は？");
        Locator answer = finishedAnswer();
        assertThat(answer.textContent()).contains("東京");
        Locator call = page.locator(".trace .trace-entry[data-tool=get_current_weather]");
        assertThat(call.count()).isEqualTo(1);
        assertThat(call.locator(".trace-row").first().textContent()).contains("\"city\"").contains("東京");
        assertThat(call.textContent()).contains("成功").contains("ミリ秒").contains("°C");

        JsonNode session = session(currentSession());
        assertThat(session.path("engine").asText()).isEqualTo("strands");
        JsonNode reply = session.path("messages").get(1);
        assertThat(session.path("messages").get(0).path("text").asText()).isEqualTo("東京の天気は？");
        assertThat(reply.path("role").asText()).isEqualTo("assistant");
        assertThat(reply.path("text").asText()).isEqualTo(answer.textContent());
        assertThat(reply.path("toolCalls").get(0).path("tool").asText()).isEqualTo("get_current_weather");
        assertThat(reply.path("toolCalls").get(0).path("status").asText()).isEqualTo("success");
    }

    @Test
    @Order(2)
    void shift_enter_breaks_the_line_and_does_not_send() {
        Locator prompt = page.getByLabel("メッセージ", new Page.GetByLabelOptions().setExact(true));
        prompt.fill("一行目");
        prompt.press("Shift+Enter");
        prompt.pressSequentially("二行目");
        assertThat(prompt.inputValue()).isEqualTo("一行目\n二行目");
        assertThat(page.locator(".message-user").count()).isEqualTo(1);
        prompt.fill("");
    }

    @Test
    @Order(3)
    void switching_the_engine_starts_a_langchain4j_session_that_answers_on_langchain4j() throws Exception {
        String strandsSession = currentSession();
        page.locator("#chat-engine").selectOption("langchain4j");
        assertThat(page.locator(".message").count()).as("a new session starts empty").isZero();

        send("What is the weather in Tokyo?");
        Locator answer = finishedAnswer();
        assertThat(answer.textContent()).contains("Tokyo");
        assertThat(page.locator(".message-assistant").last().getAttribute("data-engine")).isEqualTo("langchain4j");
        assertThat(page.locator(".message-assistant .message-meta").last().textContent()).contains("langchain4j");
        assertThat(page.locator(".trace .trace-entry[data-tool=get_current_weather]").count()).isEqualTo(1);

        String session = currentSession();
        assertThat(session).isNotEqualTo(strandsSession).hasSizeGreaterThanOrEqualTo(33);
        assertThat(session(session).path("engine").asText()).isEqualTo("langchain4j");
    }

    @Test
    @Order(4)
    void stop_cancels_the_running_turn_in_the_agent_and_the_history_keeps_what_arrived() throws Exception {
        // Settings round trip: the chat follows the runtime ARN saved there.
        page.locator("nav a[data-page=settings]").click();
        page.locator("#settings-arn").fill(stack.slowArn);
        page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("保存")).click();
        page.locator(".page-settings .status", new Page.LocatorOptions().setHasText("設定を保存しました")).waitFor();
        page.locator("nav a[data-page=chat]").click();
        page.locator(".chat-target", new Page.LocatorOptions().setHasText(stack.slowArn)).waitFor();
        page.locator("#chat-engine").selectOption("strands");
        page.getByText("新しいセッション", new Page.GetByTextOptions().setExact(true)).click();

        int turnsBefore = stack.paced.turns.get();
        send("AgentCore Runtime とは何ですか？詳しく教えてください。");
        Locator text = page.locator(".message-assistant .message-text").last();
        page.waitForFunction("() => { const t = [...document.querySelectorAll('.message-assistant .message-text')].pop();"
                + " return t && t.textContent.length > 0; }");
        assertThat(text.getAttribute("aria-busy")).as("part of the answer is shown while it streams").isEqualTo("true");
        assertThat(page.locator("button", new Page.LocatorOptions().setHasText("停止")).first().isEnabled()).isTrue();
        assertThat(stack.paced.turns.get()).isGreaterThan(turnsBefore);
        assertThat(liveSessionStatus(currentSession())).isEqualTo("HealthyBusy");

        page.locator(".composer button", new Page.LocatorOptions().setHasText("停止")).click();
        page.locator(".message-assistant .message-meta", new Page.LocatorOptions().setHasText("停止しました")).waitFor();
        String shown = text.textContent();
        Chromium.screenshot(page, "chat-stopped-desktop-ja");

        await(() -> stack.paced.cancelled.get(), "the cancellation reached the agent's model");
        int events = stack.paced.events.get();
        Thread.sleep(1000);
        assertThat(stack.paced.events.get()).as("no model event after the stop").isEqualTo(events);
        assertThat(stack.paced.eventsAfterCancel.get()).isZero();
        await(() -> "Healthy".equals(liveSessionStatus(currentSession())), "the runtime session is idle again");

        JsonNode stopped = session(currentSession()).path("messages").get(1);
        assertThat(stopped.path("stopped").asBoolean()).isTrue();
        assertThat(stopped.path("text").asText()).isEqualTo(shown);

        page.locator("nav a[data-page=settings]").click();
        assertThat(page.locator("#settings-arn").inputValue()).isEqualTo(stack.slowArn);
        page.locator("#settings-arn").fill(stack.demoArn);
        page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("保存")).click();
        page.locator(".page-settings .status", new Page.LocatorOptions().setHasText("設定を保存しました")).waitFor();
        assertThat(session(currentSession()).path("messages").size()).isEqualTo(2);
    }

    @Test
    @Order(5)
    void after_a_reload_the_chat_and_the_sessions_page_show_the_history() throws Exception {
        page.navigate(stack.url("/#/chat"));
        page.reload();
        page.locator("body[data-ready=true]").waitFor();
        page.locator(".message-user").first().waitFor();
        assertThat(page.locator(".message-user").first().textContent()).contains("AgentCore Runtime とは何ですか");
        assertThat(page.locator(".message-stopped").count()).isEqualTo(1);

        page.locator("nav a[data-page=sessions]").click();
        Locator cards = page.locator(".session-card");
        cards.first().waitFor();
        assertThat(cards.count()).isEqualTo(3);
        page.locator(".session-card a", new Page.LocatorOptions().setHasText("東京の天気は？")).click();
        Locator detail = page.locator(".session-detail");
        detail.locator(".trace-entry[data-tool=get_current_weather]").waitFor();
        assertThat(detail.locator(".message-user").textContent()).contains("東京の天気は？");
        assertThat(detail.textContent()).contains("strands");
    }

    @Test
    @Order(6)
    void ending_a_session_stops_its_runtime_session_and_marks_it_ended() throws Exception {
        String sessionId = page.locator(".session-detail code").first().textContent();
        assertThat(liveSessionStatus(sessionId)).isEqualTo("Healthy");
        page.locator(".session-detail button", new Page.LocatorOptions().setHasText("セッションを終了")).click();
        page.locator(".page-sessions .status", new Page.LocatorOptions().setHasText("ランタイムセッションも停止しました")).waitFor();
        page.locator(".session-detail dd", new Page.LocatorOptions().setHasText("終了")).waitFor();
        assertThat(session(sessionId).path("ended").asBoolean()).isTrue();
        assertThat(liveSessionStatus(sessionId)).isEqualTo("gone");
        assertThat(browser.chromium.consoleErrors).isEmpty();
    }

    private void send(String prompt) {
        Locator box = page.getByLabel("メッセージ", new Page.GetByLabelOptions().setExact(true));
        box.fill(prompt);
        box.press("Enter");
    }

    private Locator finishedAnswer() {
        Locator answer = page.locator(".message-assistant .message-text[aria-busy=false]").last();
        answer.waitFor();
        assertThat(page.locator(".message-assistant .message-error").last().isVisible()).isFalse();
        return answer;
    }

    private String currentSession() {
        return (String) page.evaluate("() => localStorage.getItem('ac4j.chat.session')");
    }

    private JsonNode session(String id) {
        return stack.apiJson("/sessions/" + id);
    }

    /** The runtime session's status as the backend's runtimes route reports it, or "gone". */
    private String liveSessionStatus(String sessionId) {
        for (JsonNode runtime : stack.apiJson("/runtimes").path("runtimes")) {
            for (JsonNode s : runtime.path("sessions")) {
                if (s.path("sessionId").asText().equals(sessionId)) {
                    return s.path("status").asText();
                }
            }
        }
        return "gone";
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 10 s for: " + what);
            }
            Thread.sleep(50);
        }
    }
}

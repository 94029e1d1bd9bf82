package dev.agentcore4j.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryingModelTest {

    private final List<Duration> sleeps = new ArrayList<>();

    private RetryingModel retrying(Model model, int attempts) {
        return RetryingModel.builder(model).maxAttempts(attempts).baseDelay(Duration.ofMillis(100))
                .maxDelay(Duration.ofMillis(300)).sleeper(sleeps::add).jitter(() -> 0.5).build();
    }

    @Test
    void throttling_and_server_errors_are_retried_with_capped_exponential_backoff_and_jitter() {
        var model = ScriptedModel.builder().fail(new ModelThrottledException("slow down"))
                .fail(new ModelServerException(503, "unavailable")).fail(new ModelThrottledException("slow down"))
                .fail(new ModelServerException(500, "oops")).turn(Message.assistant("finally")).build();

        ModelResponse response = retrying(model, 5).converse(ModelRequest.of(List.of(Message.user("hi"))));

        assertThat(response.message().text()).isEqualTo("finally");
        assertThat(sleeps).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(150), Duration.ofMillis(150));
    }

    @Test
    void retries_stop_after_max_attempts_with_the_last_error() {
        var last = new ModelThrottledException("still throttled");
        var model = ScriptedModel.builder().fail(new ModelThrottledException("throttled")).fail(last).build();

        assertThatThrownBy(() -> retrying(model, 2).converse(ModelRequest.of(List.of(Message.user("hi"))))).isSameAs(last);
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void client_errors_and_context_overflow_are_not_retried() {
        var model = ScriptedModel.builder().fail(new ModelServerException(400, "bad request")).build();
        assertThatThrownBy(() -> retrying(model, 3).converse(ModelRequest.of(List.of(Message.user("hi")))))
                .isInstanceOf(ModelServerException.class).hasMessage("bad request (HTTP 400)");
        assertThat(new ContextOverflowException("long").retryable()).isFalse();
        assertThat(sleeps).isEmpty();
    }

    @Test
    void a_failure_after_events_were_streamed_is_not_retried_so_nothing_is_seen_twice() {
        Model halfStream = new Model() {
            @Override
            public ModelInfo info() {
                return new ModelInfo("test", "half", true);
            }

            @Override
            public void converse(ModelRequest request, ModelEventSink sink, Cancellation cancellation) {
                sink.accept(new ModelEvent.TextDelta("partial"));
                throw new ModelThrottledException("throttled mid-stream");
            }
        };
        var seen = new ArrayList<ModelEvent>();

        assertThatThrownBy(() -> retrying(halfStream, 3).converse(ModelRequest.of(List.of(Message.user("hi"))), seen::add,
                Cancellation.create())).hasMessage("throttled mid-stream");
        assertThat(seen).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void an_agent_over_a_retrying_model_recovers_from_throttling() {
        var model = ScriptedModel.builder().fail(new ModelThrottledException("slow down")).turn(Message.assistant("hi")).build();
        var agent = Agent.builder().model(retrying(model, 3)).build();

        assertThat(agent.run("hello").text()).isEqualTo("hi");
        assertThat(sleeps).hasSize(1);
    }
}

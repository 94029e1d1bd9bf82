package dev.agentcore4j.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CancellationTest {

    /** Streams one delta, then blocks until its cancellation callback fires and fails like an aborted HTTP stream. */
    static final class BlockingModel implements Model {
        final CountDownLatch aborted = new CountDownLatch(1);

        @Override
        public ModelInfo info() {
            return new ModelInfo("test", "blocking", true);
        }

        @Override
        public void converse(ModelRequest request, ModelEventSink sink, Cancellation cancellation) {
            sink.accept(new ModelEvent.MessageStart(Role.ASSISTANT));
            sink.accept(new ModelEvent.TextDelta("Once upon "));
            try (var _ = cancellation.onCancel(aborted::countDown)) {
                aborted.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new ModelException("connection reset while streaming", true);
        }
    }

    @Test
    void cancelling_mid_stream_aborts_the_model_and_reports_cancelled_with_the_partial_text() {
        var model = new BlockingModel();
        var agent = Agent.builder().model(model).build();
        var cancellation = Cancellation.create();
        var sink = new RecordingSink();
        AgentEventSink cancelOnFirstDelta = event -> {
            sink.accept(event);
            if (event instanceof AgentEvent.TextDelta) {
                Thread.ofVirtual().start(cancellation::cancel);
            }
        };

        AgentResult result = agent.stream(Message.user("Tell me a story"), cancelOnFirstDelta, cancellation);

        assertThat(result.outcome()).isEqualTo(AgentResult.Outcome.CANCELLED);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.text()).isEqualTo("Once upon ");
        assertThat(model.aborted.getCount()).isZero();
        assertThat(sink.finished()).contains(result);
        assertThat(agent.messages()).containsExactly(Message.user("Tell me a story"));
    }

    @Test
    void cancelling_stops_the_stream_at_the_next_event_even_if_the_model_ignores_the_token() {
        var agent = Agent.builder().model(ScriptedModel.of(Message.assistant("one two three four"))).build();
        var cancellation = Cancellation.create();

        AgentResult result = agent.stream(Message.user("count"), event -> {
            if (event instanceof AgentEvent.TextDelta) {
                cancellation.cancel();
            }
        }, cancellation);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.text()).isEqualTo("one ");
    }

    @Test
    void cancelling_during_tools_interrupts_them_and_the_next_prompt_still_makes_a_valid_conversation() {
        var started = new CountDownLatch(1);
        var interrupted = new CountDownLatch(1);
        Tool slow = Tools.of("slow", "slow", Map.of("type", "object"), (input, context) -> {
            started.countDown();
            try {
                Thread.sleep(30_000);
                return "late";
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        });
        var model = ScriptedModel.of(AgentLoopTest.toolUse("t1", "slow", Map.of()), Message.assistant("never"),
                Message.assistant("fresh answer"));
        var agent = Agent.builder().model(model).tools(slow).build();
        var cancellation = Cancellation.create();
        Thread.ofVirtual().start(() -> {
            if (AgentLoopTest.awaitQuietly(started)) {
                cancellation.cancel();
            }
        });

        AgentResult result = agent.run(Message.user("go"), cancellation);

        assertThat(result.cancelled()).isTrue();
        assertThat(AgentLoopTest.awaitQuietly(interrupted)).isTrue();
        assertThat(agent.messages().getLast().toolResults().getFirst().text()).isEqualTo("Tool 'slow' was cancelled");
        assertThat(model.requests()).hasSize(1);

        agent.run("next");
        Message merged = model.requests().get(1).messages().getLast();
        assertThat(merged.role()).isEqualTo(Role.USER);
        assertThat(merged.content()).hasSize(2);
        assertThat(merged.text()).isEqualTo("next");
    }

    @Test
    void a_cancellation_callback_registered_after_cancel_runs_at_once_and_a_closed_one_never_runs() {
        var cancellation = Cancellation.create();
        var calls = new java.util.ArrayList<String>();
        cancellation.onCancel(() -> calls.add("kept"));
        cancellation.onCancel(() -> calls.add("closed")).close();
        cancellation.cancel();
        cancellation.cancel();
        cancellation.onCancel(() -> calls.add("late"));

        assertThat(calls).isEqualTo(List.of("kept", "late"));
    }
}

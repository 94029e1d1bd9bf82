package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.ModelServerException;
import dev.agentcore4j.agent.ScriptedModel;
import dev.agentcore4j.memory.extract.Extractor;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcore.model.Event;
import software.amazon.awssdk.services.bedrockagentcore.model.ExtractionJobMetadata;
import software.amazon.awssdk.services.bedrockagentcore.model.ExtractionJobStatus;
import software.amazon.awssdk.services.bedrockagentcore.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrockagentcore.model.Role;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemoryStrategyInput;

/**
 * Extraction that fails leaves a job; ListMemoryExtractionJobs lists it and StartMemoryExtractionJob
 * runs it again. The model is the shipped {@link ScriptedModel}: its first answer is unusable (or
 * the provider fails), the next one is valid.
 */
class MemoryExtractionJobsIT {

    MemoryFixture fixture;

    @AfterEach
    void stop() {
        fixture.close();
    }

    private List<ExtractionJobMetadata> jobs(String memoryId) {
        return fixture.twin.data.listMemoryExtractionJobs(b -> b.memoryId(memoryId)).jobs();
    }

    @Test
    void a_failed_extraction_is_listed_as_a_job_and_starting_it_again_extracts_the_records() {
        ScriptedModel model = ScriptedModel.builder()
                .turn(Message.assistant("I am not sure what to remember."))
                .turn(Message.assistant("{\"records\": [\"The user's name is Taro.\"]}"))
                .build();
        fixture = new MemoryFixture(b -> b.extractor(Extractor.using(model)));
        String memoryId = fixture.activeMemory(b -> b.name("jobs_memory").memoryStrategies(
                MemoryStrategyInput.builder().semanticMemoryStrategy(s -> s.name("facts")
                        .namespaces("/facts/{actorId}")).build()));
        Event event = fixture.say(memoryId, "taro", "s1", Role.USER, "My name is Taro").event();

        MemoryFixture.await(() -> !jobs(memoryId).isEmpty(), "a failed extraction job");
        ExtractionJobMetadata job = jobs(memoryId).getFirst();
        assertThat(job.status()).isEqualTo(ExtractionJobStatus.FAILED);
        assertThat(job.failureReason()).isNotBlank();
        assertThat(job.actorId()).isEqualTo("taro");
        assertThat(job.sessionId()).isEqualTo("s1");
        assertThat(job.messages().messagesList()).singleElement().satisfies(m -> {
            assertThat(m.eventId()).isEqualTo(event.eventId());
            assertThat(m.messageIndex()).isZero();
        });
        assertThat(fixture.twin.data.listMemoryRecords(b -> b.memoryId(memoryId).namespace("/facts/taro"))
                .memoryRecordSummaries()).isEmpty();

        String started = fixture.twin.data.startMemoryExtractionJob(b -> b.memoryId(memoryId)
                .extractionJob(j -> j.jobId(job.jobID()))).jobId();

        assertThat(started).isEqualTo(job.jobID());
        MemoryFixture.await(() -> jobs(memoryId).isEmpty(), "the job to succeed");
        assertThat(fixture.twin.data.listMemoryRecords(b -> b.memoryId(memoryId).namespace("/facts/taro"))
                .memoryRecordSummaries()).extracting(r -> r.content().text()).containsExactly("The user's name is Taro.");
    }

    @Test
    void jobs_are_filtered_and_unknown_jobs_cannot_be_started() {
        ScriptedModel model = ScriptedModel.builder()
                .fail(new ModelServerException(503, "the provider is overloaded"))
                .fail(new ModelServerException(503, "the provider is overloaded"))
                .build();
        fixture = new MemoryFixture(b -> b.extractor(Extractor.using(model)));
        String memoryId = fixture.activeMemory(b -> b.name("jobs_filtered").memoryStrategies(
                MemoryStrategyInput.builder().semanticMemoryStrategy(s -> s.name("facts")).build()));
        fixture.say(memoryId, "ann", "s1", Role.USER, "My name is Ann");
        fixture.say(memoryId, "ben", "s2", Role.USER, "My name is Ben");
        MemoryFixture.await(() -> jobs(memoryId).size() == 2, "two failed jobs");

        assertThat(fixture.twin.data.listMemoryExtractionJobs(b -> b.memoryId(memoryId)
                .filter(f -> f.actorId("ben"))).jobs()).extracting(ExtractionJobMetadata::sessionId)
                .containsExactly("s2");
        assertThat(jobs(memoryId).getFirst().failureReason()).contains("overloaded");
        assertThat(fixture.twin.data.listMemoryExtractionJobs(b -> b.memoryId(memoryId).maxResults(1)).nextToken())
                .isNotNull();
        assertThatThrownBy(() -> fixture.twin.data.startMemoryExtractionJob(b -> b.memoryId(memoryId)
                .extractionJob(j -> j.jobId("no-such-job")))).isInstanceOf(ResourceNotFoundException.class);
    }
}

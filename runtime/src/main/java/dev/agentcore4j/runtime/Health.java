package dev.agentcore4j.runtime;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.agentcore4j.contract.PingStatus;
import java.util.List;
import java.util.Map;

/**
 * What {@code GET /ping} reports, and the API to drive it.
 *
 * <p>Status priority: a forced status, else the custom ping function, else automatic
 * ({@code HealthyBusy} while any invocation, stream, WebSocket or async task is open).
 * {@code time_of_last_update} changes only when the reported status changes.
 */
public interface Health {

    /** Registers background work; {@code /ping} reports {@code HealthyBusy} until it completes. */
    long addAsyncTask(String name, Map<String, Object> metadata);

    default long addAsyncTask(String name) {
        return addAsyncTask(name, Map.of());
    }

    /** @return {@code true} if the task was open, {@code false} if unknown or already completed */
    boolean completeAsyncTask(long taskId);

    void forceStatus(PingStatus status);

    void clearForcedStatus();

    /** The status {@code /ping} would report now. */
    PingStatus status();

    /** Epoch seconds of the last reported status change. */
    long timeOfLastUpdate();

    AsyncTasks asyncTasks();

    /** Open async tasks: {@code {"active_count": n, "running_jobs": [{"name", "duration"}]}}. */
    record AsyncTasks(@JsonProperty("active_count") int activeCount,
            @JsonProperty("running_jobs") List<RunningJob> runningJobs) {
        public AsyncTasks {
            runningJobs = List.copyOf(runningJobs);
        }
    }

    /** @param duration seconds since the task was added */
    record RunningJob(String name, double duration) {
    }
}

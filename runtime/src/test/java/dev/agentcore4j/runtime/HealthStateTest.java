package dev.agentcore4j.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentcore4j.contract.PingStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HealthStateTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();

    @Test
    void the_timestamp_changes_only_when_the_status_changes() {
        HealthState health = new HealthState(clock, null);
        HealthState.Report first = health.report();
        assertThat(first.status()).isEqualTo(PingStatus.HEALTHY);
        assertThat(first.timeOfLastUpdate()).isEqualTo(1_800_000_000L);

        clock.advance(Duration.ofSeconds(5));
        assertThat(health.report().timeOfLastUpdate()).as("same status, same timestamp").isEqualTo(1_800_000_000L);

        Runnable done = health.openWork();
        clock.advance(Duration.ofSeconds(5));
        HealthState.Report busy = health.report();
        assertThat(busy.status()).isEqualTo(PingStatus.HEALTHY_BUSY);
        assertThat(busy.timeOfLastUpdate()).isEqualTo(1_800_000_010L);

        clock.advance(Duration.ofSeconds(5));
        assertThat(health.report().timeOfLastUpdate()).isEqualTo(1_800_000_010L);

        done.run();
        done.run(); // idempotent
        clock.advance(Duration.ofSeconds(5));
        HealthState.Report idle = health.report();
        assertThat(idle.status()).isEqualTo(PingStatus.HEALTHY);
        assertThat(idle.timeOfLastUpdate()).isEqualTo(1_800_000_020L);
        assertThat(health.openWorkCount()).isZero();
    }

    @Test
    void async_tasks_keep_the_status_busy_until_completed_once() {
        HealthState health = new HealthState(clock, null);
        long a = health.addAsyncTask("index", Map.of("docs", 3));
        long b = health.addAsyncTask("upload");
        assertThat(a).isNotEqualTo(b);
        clock.advance(Duration.ofMillis(1500));
        assertThat(health.status()).isEqualTo(PingStatus.HEALTHY_BUSY);
        Health.AsyncTasks info = health.asyncTasks();
        assertThat(info.activeCount()).isEqualTo(2);
        assertThat(info.runningJobs()).extracting(Health.RunningJob::duration).containsOnly(1.5);

        assertThat(health.completeAsyncTask(a)).isTrue();
        assertThat(health.completeAsyncTask(a)).isFalse();
        assertThat(health.completeAsyncTask(12345)).isFalse();
        assertThat(health.status()).isEqualTo(PingStatus.HEALTHY_BUSY);
        assertThat(health.completeAsyncTask(b)).isTrue();
        assertThat(health.status()).isEqualTo(PingStatus.HEALTHY);
    }

    @Test
    void forced_beats_custom_beats_automatic_and_a_failing_custom_function_falls_back() {
        AtomicReference<PingStatus> custom = new AtomicReference<>(PingStatus.HEALTHY_BUSY);
        HealthState health = new HealthState(clock, custom::get);
        assertThat(health.status()).isEqualTo(PingStatus.HEALTHY_BUSY);

        health.forceStatus(PingStatus.HEALTHY);
        assertThat(health.status()).isEqualTo(PingStatus.HEALTHY);
        health.clearForcedStatus();
        assertThat(health.status()).isEqualTo(PingStatus.HEALTHY_BUSY);

        HealthState failing = new HealthState(clock, () -> {
            throw new IllegalStateException("boom");
        });
        assertThat(failing.status()).isEqualTo(PingStatus.HEALTHY);
        failing.openWork();
        assertThat(failing.status()).isEqualTo(PingStatus.HEALTHY_BUSY);
    }

    @Test
    void a_forced_status_change_also_moves_the_timestamp() {
        HealthState health = new HealthState(clock, null);
        health.report();
        clock.advance(Duration.ofSeconds(3));
        health.forceStatus(PingStatus.HEALTHY_BUSY);
        assertThat(health.report().timeOfLastUpdate()).isEqualTo(1_800_000_003L);
    }
}

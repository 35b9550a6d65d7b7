package cn.gov.lyg.enforcement.platform.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DaemonSchedulerTest {

    final DaemonScheduler scheduler = new DaemonScheduler("test-scheduler", DaemonScheduler.OnStop.INTERRUPT);

    @AfterEach
    void stop() {
        scheduler.stop();
    }

    @Test
    void runsOnANamedDaemonThreadAndAFailingTaskKeepsItsSchedule() throws Exception {
        assertThat(scheduler.isRunning()).isFalse();
        scheduler.start();
        assertThat(scheduler.isRunning()).isTrue();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        List<RuntimeException> failures = new CopyOnWriteArrayList<>();
        CountDownLatch runs = new CountDownLatch(3);
        scheduler.scheduleWithFixedDelay(Duration.ZERO, Duration.ofMillis(10), () -> {
            threads.add(Thread.currentThread());
            runs.countDown();
            throw new IllegalStateException("boom");
        }, failures::add);

        assertThat(runs.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(threads).allSatisfy(t -> {
            assertThat(t.getName()).isEqualTo("test-scheduler");
            assertThat(t.isDaemon()).isTrue();
        });
        assertThat(failures).isNotEmpty().allSatisfy(e -> assertThat(e).hasMessage("boom"));
    }

    @Test
    void nothingRunsWhileStoppedAndAStoppedSchedulerStartsAgain() throws Exception {
        assertThat(scheduler.execute(() -> { })).isFalse();
        assertThatThrownBy(() -> scheduler.scheduleWithFixedDelay(Duration.ZERO, Duration.ofSeconds(1), () -> { },
                e -> { })).isInstanceOf(IllegalStateException.class);
        scheduler.stop();

        scheduler.start();
        assertThatThrownBy(scheduler::start).isInstanceOf(IllegalStateException.class);
        scheduler.stop();
        assertThat(scheduler.isRunning()).isFalse();
        assertThat(scheduler.execute(() -> { })).isFalse();

        scheduler.start();
        CountDownLatch ran = new CountDownLatch(1);
        assertThat(scheduler.execute(ran::countDown)).isTrue();
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    }

    /** What became of the tasks of a scheduler stopped while a task runs (for {@code runMillis}) and one waits. */
    record Stopped(boolean runningInterrupted, boolean waitingRan, boolean periodicRan) {
    }

    static Stopped stopWhileBusy(DaemonScheduler busy, long runMillis) throws InterruptedException {
        busy.start();
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean waitingRan = new AtomicBoolean();
        AtomicBoolean periodicRan = new AtomicBoolean();
        busy.scheduleWithFixedDelay(Duration.ofHours(1), Duration.ofHours(1), () -> periodicRan.set(true), e -> { });
        CountDownLatch neverReleased = new CountDownLatch(1);
        busy.execute(() -> {
            started.countDown();
            try {
                // busy for runMillis unless interrupted
                neverReleased.await(runMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        busy.execute(() -> waitingRan.set(true));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        busy.stop();

        assertThat(busy.isRunning()).isFalse();
        return new Stopped(interrupted.get(), waitingRan.get(), periodicRan.get());
    }

    @Test
    void interruptingStopEndsTheRunningTaskAndDropsTheWaitingOnes() throws Exception {
        assertThat(stopWhileBusy(scheduler, 10_000)).isEqualTo(new Stopped(true, false, false));
    }

    @Test
    void finishingStopLetsTheSubmittedTasksRunAndEndsThePeriodicOnes() throws Exception {
        DaemonScheduler finishing = new DaemonScheduler("finishing", DaemonScheduler.OnStop.FINISH_SUBMITTED);
        assertThat(stopWhileBusy(finishing, 100)).isEqualTo(new Stopped(false, true, false));
    }
}

package cn.gov.lyg.enforcement.platform.lifecycle;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One named daemon thread for a component's background work, started and stopped with the component (typically from
 * a {@code SmartLifecycle}). Scheduled tasks run one at a time, never concurrently; a task that throws a
 * {@link RuntimeException} is reported to its failure handler and keeps its schedule. {@link #stop()} waits at most
 * 5 seconds for the thread to end. Each {@link #start()} creates a new thread, so a stopped scheduler can start again.
 */
public final class DaemonScheduler {

    /** What {@link #stop()} does with the task running and the tasks waiting. */
    public enum OnStop {
        /** Lets the running task and the tasks submitted with {@link #execute} finish (periodic tasks end). */
        FINISH_SUBMITTED,
        /** Interrupts the running task and drops every waiting one. */
        INTERRUPT
    }

    static final long STOP_WAIT_SECONDS = 5;

    private final String threadName;
    private final OnStop onStop;
    private volatile ScheduledExecutorService executor;

    public DaemonScheduler(String threadName, OnStop onStop) {
        this.threadName = Objects.requireNonNull(threadName);
        this.onStop = Objects.requireNonNull(onStop);
    }

    /** Creates the thread; schedule tasks after this. */
    public synchronized void start() {
        if (executor != null) {
            throw new IllegalStateException(threadName + " is already running");
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs {@code task} after {@code initialDelay}, then again {@code delay} after each run ends (millisecond
     * precision). A {@link RuntimeException} goes to {@code onFailure} and the schedule goes on.
     */
    public void scheduleWithFixedDelay(Duration initialDelay, Duration delay, Runnable task,
                                       Consumer<RuntimeException> onFailure) {
        running().scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                onFailure.accept(e);
            }
        }, initialDelay.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs {@code task} once, soon; false (and nothing runs) when the scheduler is not running. */
    public boolean execute(Runnable task) {
        ScheduledExecutorService current = executor;
        if (current == null) {
            return false;
        }
        current.execute(task);
        return true;
    }

    /** Ends the thread as {@link OnStop} says and waits a bounded time for it; does nothing when not running. */
    public void stop() {
        ScheduledExecutorService current;
        synchronized (this) {
            current = executor;
            executor = null;
        }
        if (current == null) {
            return;
        }
        if (onStop == OnStop.INTERRUPT) {
            current.shutdownNow();
        } else {
            current.shutdown();
        }
        try {
            current.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isRunning() {
        return executor != null;
    }

    private ScheduledExecutorService running() {
        ScheduledExecutorService current = executor;
        if (current == null) {
            throw new IllegalStateException(threadName + " is not running");
        }
        return current;
    }
}

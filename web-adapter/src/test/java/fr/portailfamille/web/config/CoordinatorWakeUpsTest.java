package fr.portailfamille.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoordinatorWakeUpsTest {
    private static final long LATER_MILLIS = 400;

    private final CoordinatorWakeUps wakeUps = new CoordinatorWakeUps();
    private final ScheduledExecutorService coordinator = wakeUps.executorFor("read-models");
    private final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void shutDown() {
        coordinator.shutdownNow();
    }

    /** What the coordinator does, as Axon schedules it: a {@link Runnable}. */
    private void run() {
        runs.incrementAndGet();
    }

    /** A replay's batch of two events, each going through the processor's interceptor as Axon's processor does it. */
    private static void batchOf(MessageHandlerInterceptor<EventMessage<?>> interceptor) throws Exception {
        batchOf(interceptor, ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(100),
                new GlobalSequenceTrackingToken(40)));
    }

    /** A batch after which its processor stores {@code tokenAfter}. */
    private static void batchOf(MessageHandlerInterceptor<EventMessage<?>> interceptor, TrackingToken tokenAfter)
            throws Exception {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.of(
                GenericEventMessage.asEventMessage("lundi"), GenericEventMessage.asEventMessage("mardi")));
        batch.resources().put("Processor[read-models]/Token", tokenAfter);
        for (int event = 0; event < 2; event++) {
            interceptor.handle(batch, () -> null);
        }
    }

    @Test
    void givenACoordinatorToLookAgainLater_whenABatchOfItsReplayStarts_thenItLooksAtOnceAndNotAgainAtItsTime()
            throws Exception {
        long scheduledAt = System.nanoTime();
        coordinator.schedule(this::run, LATER_MILLIS, TimeUnit.MILLISECONDS);

        batchOf(wakeUps.wakingDuringReplays("read-models"));

        await().atMost(Duration.ofMillis(LATER_MILLIS / 2)).until(() -> runs.get() == 1);
        assertThat(System.nanoTime() - scheduledAt).isLessThan(TimeUnit.MILLISECONDS.toNanos(LATER_MILLIS));
        Thread.sleep(LATER_MILLIS * 2);
        assertThat(runs).hasValue(1);
    }

    @Test
    void givenABatchOfAnotherProcessor_whenItStarts_thenTheCoordinatorLooksAgainAtItsTimeOnly() throws Exception {
        coordinator.schedule(this::run, LATER_MILLIS, TimeUnit.MILLISECONDS);
        wakeUps.executorFor("read-models-audit").shutdownNow();

        batchOf(wakeUps.wakingDuringReplays("read-models-audit"));

        Thread.sleep(LATER_MILLIS / 2);
        assertThat(runs).hasValue(0);
        await().atMost(Duration.ofMillis(LATER_MILLIS * 2)).until(() -> runs.get() == 1);
    }

    @Test
    void givenALiveBatchOfItsProcessor_whenItStarts_thenTheCoordinatorLooksAgainAtItsTimeOnly() throws Exception {
        coordinator.schedule(this::run, LATER_MILLIS, TimeUnit.MILLISECONDS);

        batchOf(wakeUps.wakingDuringReplays("read-models"), new GlobalSequenceTrackingToken(41));

        Thread.sleep(LATER_MILLIS / 2);
        assertThat(runs).hasValue(0);
        await().atMost(Duration.ofMillis(LATER_MILLIS * 2)).until(() -> runs.get() == 1);
    }

    @Test
    void givenATaskToRunNow_whenScheduled_thenItRunsOnce() {
        coordinator.schedule(this::run, 0, TimeUnit.MILLISECONDS);
        coordinator.execute(this::run);

        await().atMost(Duration.ofSeconds(1)).until(() -> runs.get() == 2);
    }
}

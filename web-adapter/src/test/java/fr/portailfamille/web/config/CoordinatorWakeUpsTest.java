package fr.portailfamille.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

class CoordinatorWakeUpsTest {
    private static final long HANDLING_NANOS = 5_000;
    private final CoordinatorWakeUps wakeUps = new CoordinatorWakeUps();

    @Test
    void givenATaskDelayedByAnHour_whenWoken_thenItRunsNowAndOnlyOnce() throws Exception {
        ScheduledExecutorService coordinator = wakeUps.executorFor("read-models");
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        coordinator.schedule(() -> {
            runs.incrementAndGet();
            ran.countDown();
        }, 1, TimeUnit.HOURS);

        wakeUps.wakeUp("read-models");

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        wakeUps.wakeUp("read-models");
        coordinator.submit(() -> { }).get(5, TimeUnit.SECONDS);
        assertThat(runs).hasValue(1);
        assertThat(((ScheduledThreadPoolExecutor) coordinator).getQueue()).isEmpty();
        wakeUps.shutdown();
    }

    @Test
    void givenADelayedTaskNobodyWakes_whenItsTimeComes_thenItRunsOnce() throws Exception {
        ScheduledExecutorService coordinator = wakeUps.executorFor("read-models-staff");
        CountDownLatch ran = new CountDownLatch(1);
        coordinator.schedule(ran::countDown, 20, TimeUnit.MILLISECONDS);

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(((ScheduledThreadPoolExecutor) coordinator).getQueue()).isEmpty();
        wakeUps.shutdown();
    }

    @Test
    void givenABatchOfThreeEvents_whenHandled_thenItsProcessorsCoordinatorIsWokenOnceAndNoOtherOne()
            throws Exception {
        AtomicInteger live = new AtomicInteger();
        AtomicInteger audit = new AtomicInteger();
        Runnable liveCoordination = live::incrementAndGet;
        Runnable auditCoordination = audit::incrementAndGet;
        wakeUps.executorFor("read-models").schedule(liveCoordination, 1, TimeUnit.HOURS);
        wakeUps.executorFor("read-models").schedule(liveCoordination, 2, TimeUnit.HOURS);
        wakeUps.executorFor("read-models-audit").schedule(auditCoordination, 1, TimeUnit.HOURS);
        List<EventMessage<?>> batch = List.of(GenericEventMessage.asEventMessage("lundi"),
                GenericEventMessage.asEventMessage("mardi"), GenericEventMessage.asEventMessage("jeudi"));
        var interceptor = wakeUps.wakingAtEachBatch("read-models");
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);

        unitOfWork.executeWithResult(() -> interceptor.handle(unitOfWork, () -> null));
        wakeUps.executorFor("read-models").submit(() -> { }).get(5, TimeUnit.SECONDS);

        assertThat(live).hasValue(2);
        assertThat(audit).hasValue(0);
        wakeUps.shutdown();
    }

    /**
     * Axon's coordinator hands a worker at most 1,024 events and then waits 100 ms. A worker slower than its
     * coordinator (5 µs an event) takes most of its sixty batches while the coordinator waits, and wakes it.
     */
    @Test
    void givenAPooledProcessorWokenByItsBatches_whenItReplaysSixtyThousandEvents_thenItsCoordinatorIsWokenToReadOn()
            throws Exception {
        int events = 60_000;
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine())
                .build();
        store.publish(IntStream.range(0, events).mapToObj(GenericEventMessage::asEventMessage).toList());
        CountDownLatch handled = new CountDownLatch(events);
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(2);
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder().name("read-models")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(new Object() {
                    @EventHandler
                    void on(Integer number) {
                        long until = System.nanoTime() + HANDLING_NANOS;
                        while (System.nanoTime() < until) {
                            Thread.onSpinWait();
                        }
                        handled.countDown();
                    }
                }).build())
                .messageSource(store).tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .coordinatorExecutor(wakeUps::executorFor).workerExecutor(workers)
                .batchSize(1000).initialSegmentCount(1).build();
        processor.registerHandlerInterceptor(wakeUps.wakingAtEachBatch("read-models"));
        try {
            processor.start();

            assertThat(handled.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(wakeUps.tasksRunEarly("read-models")).isGreaterThanOrEqualTo(20);
        } finally {
            processor.shutDown();
            workers.shutdown();
            wakeUps.shutdown();
            store.shutDown();
        }
    }
}

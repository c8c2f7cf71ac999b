package fr.portailfamille.web.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

class HandledBatchesTest {
    private final HandledBatches handledBatches = new HandledBatches();

    /** A processor's batch: each event goes through the interceptor, then the batch commits and is cleaned up. */
    private void handleBatchOf(int events) {
        List<EventMessage<?>> messages = IntStream.range(0, events)
                .<EventMessage<?>>mapToObj(GenericEventMessage::asEventMessage).toList();
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(messages);
        batch.executeWithResult(() -> {
            for (int i = 0; i < events; i++) {
                new DefaultInterceptorChain<>(batch, List.of(handledBatches), message -> null).proceed();
            }
            assertThat(handledBatches.handled()).as("not told before the batch is done").isZero();
            return null;
        });
    }

    @Test
    void givenABatchOfSeveralEvents_whenItIsHandled_thenItIsCountedOnceAfterItsEnd() {
        handleBatchOf(3);

        assertThat(handledBatches.handled()).isEqualTo(1);
    }

    @Test
    void givenSomeoneWaiting_whenABatchIsHandled_thenHeIsWokenBeforeHisTimeOut() throws Exception {
        CompletableFuture<Long> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return handledBatches.awaitMoreThan(0, TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertThat(waiting).isNotDone();

        long startedAt = System.nanoTime();
        handleBatchOf(2);

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(System.nanoTime() - startedAt).isLessThan(TimeUnit.SECONDS.toNanos(10));
    }

    @Test
    void givenNoBatch_whenWaiting_thenItGivesUpAfterItsTimeOut() throws InterruptedException {
        long startedAt = System.nanoTime();

        assertThat(handledBatches.awaitMoreThan(0, 50)).isZero();
        assertThat(System.nanoTime() - startedAt).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
    }
}

package fr.portailfamille.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CommitNotifyingEventSourceTest {
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final CommitNotifyingEventSource source = new CommitNotifyingEventSource(eventStore);
    private final AtomicInteger calls = new AtomicInteger();

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void givenAStreamWithACallback_whenEventsAreAppendedInAUnitOfWork_thenItIsCalledOnlyOnceCommitted()
            throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            assertThat(stream.setOnAvailableCallback(calls::incrementAndGet)).isTrue();
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            eventStore.publish(GenericEventMessage.asEventMessage("réservé"));
            assertThat(calls).as("not yet committed").hasValue(0);
            unitOfWork.commit();

            assertThat(calls).hasValue(1);
            assertThat(stream.hasNextAvailable()).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("réservé");
        }
    }

    @Test
    void givenAClosedStream_whenEventsAreAppended_thenItsCallbackIsNoLongerCalled() {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        stream.setOnAvailableCallback(calls::incrementAndGet);
        eventStore.publish(GenericEventMessage.asEventMessage("avant"));
        stream.close();
        eventStore.publish(GenericEventMessage.asEventMessage("après"));

        assertThat(calls).hasValue(1);
    }
}

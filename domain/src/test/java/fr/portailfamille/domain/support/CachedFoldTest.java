package fr.portailfamille.domain.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CachedFoldTest {
    private static final String STREAM = "calendar";

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(storage).build();
    private final AtomicInteger queries = new AtomicInteger();
    private final AtomicLong nanoTime = new AtomicLong();
    private final List<Consumer<List<? extends EventMessage<?>>>> subscribers = new CopyOnWriteArrayList<>();
    private final EventStore countingStore = counting(store);
    private final CachedFold<List<String>> closedDays = new CachedFold<>(countingStore,
            new StreamFreshness(countingStore, nanoTime::get), STREAM, List.of(), CachedFoldTest::with);

    @AfterEach
    void tearDown() {
        store.shutDown();
    }

    @Test
    void asksTheStoreNothingWhileNothingWasAppendedHere() {
        store.publish(event(0, "2026-12-25"));
        assertThat(closedDays.current()).containsExactly("2026-12-25");
        int afterFirst = queries.get();

        for (int i = 0; i < 100; i++) {
            nanoTime.addAndGet(5_000_000);
            assertThat(closedDays.current()).containsExactly("2026-12-25");
        }

        assertThat(queries.get()).isEqualTo(afterFirst);
    }

    @Test
    void seesAnEventAppendedHereAtTheNextLookup() {
        store.publish(event(0, "2026-12-25"));
        closedDays.current();

        store.publish(event(1, "2027-01-01"));

        assertThat(closedDays.current()).containsExactly("2026-12-25", "2027-01-01");
    }

    @Test
    void seesAnEventAppendedByAnotherProcessOnceItsLastCheckIsOld() {
        store.publish(event(0, "2026-12-25"));
        closedDays.current();

        storage.appendEvents(event(1, "2027-01-01"));
        nanoTime.addAndGet(StreamFreshness.RECHECK_AFTER.toNanos() - 1);
        assertThat(closedDays.current()).as("checked less than a second ago").containsExactly("2026-12-25");
        nanoTime.addAndGet(1);

        assertThat(closedDays.current()).containsExactly("2026-12-25", "2027-01-01");
    }

    @Test
    void keepsAskingWhileAnEventToldIsNotYetReadable() {
        store.publish(event(0, "2026-12-25"));
        closedDays.current();
        List<GenericDomainEventMessage<String>> inFlight = List.of(event(1, "2027-01-01"));
        int before = queries.get();

        tellOnly(inFlight);
        assertThat(closedDays.current()).as("its unit of work has not committed").containsExactly("2026-12-25");
        assertThat(closedDays.current()).containsExactly("2026-12-25");
        assertThat(queries.get()).isEqualTo(before + 2);
        storage.appendEvents(inFlight);

        assertThat(closedDays.current()).containsExactly("2026-12-25", "2027-01-01");
    }

    @Test
    void takesAnEventToldButNeverReadableForRolledBackOnceASecondHasPassed() {
        store.publish(event(0, "2026-12-25"));
        closedDays.current();
        tellOnly(List.of(event(1, "2027-01-01")));
        closedDays.current();

        nanoTime.addAndGet(StreamFreshness.RECHECK_AFTER.toNanos());
        assertThat(closedDays.current()).containsExactly("2026-12-25");
        int afterRollBack = queries.get();
        for (int i = 0; i < 10; i++) {
            assertThat(closedDays.current()).containsExactly("2026-12-25");
        }

        assertThat(queries.get()).as("no query per lookup any more").isEqualTo(afterRollBack);
        store.publish(event(1, "2027-05-08"));
        assertThat(closedDays.current()).containsExactly("2026-12-25", "2027-05-08");
    }

    /** What the store tells its subscribers in the prepare phase of a commit, before the events are readable. */
    private void tellOnly(List<GenericDomainEventMessage<String>> events) {
        subscribers.forEach(subscriber -> subscriber.accept(events));
    }

    private static GenericDomainEventMessage<String> event(long sequence, String closedDay) {
        return new GenericDomainEventMessage<>("SchoolCalendar", STREAM, sequence, closedDay);
    }

    private static List<String> with(List<String> days, Object payload) {
        List<String> all = new ArrayList<>(days);
        all.add((String) payload);
        return List.copyOf(all);
    }

    @SuppressWarnings("unchecked")
    private EventStore counting(EventStore delegate) {
        return (EventStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EventStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("subscribe")) {
                        subscribers.add((Consumer<List<? extends EventMessage<?>>>) args[0]);
                    }
                    if (method.getName().equals("lastSequenceNumberFor") || method.getName().equals("readEvents")) {
                        queries.incrementAndGet();
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}

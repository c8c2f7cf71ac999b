package fr.portailfamille.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.calendar.CalendarEvent;
import fr.portailfamille.api.catalogue.CatalogueEvent;
import fr.portailfamille.domain.calendar.CalendarView;
import fr.portailfamille.domain.calendar.DemoCalendar;

class CatalogueLookupTest {
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final AtomicInteger reads = new AtomicInteger();
    private final EventStore countingStore = counting(store);

    @AfterEach
    void tearDown() {
        store.shutDown();
    }

    @Test
    void givenNoEvents_whenLookingUp_thenEmptyViews() {
        CatalogueLookup lookup = new CatalogueLookup(countingStore);
        assertThat(lookup.catalogue()).isEqualTo(CatalogueView.EMPTY);
        assertThat(lookup.calendar()).isEqualTo(CalendarView.EMPTY);
    }

    @Test
    void givenDemoEvents_whenLookingUp_thenFoldedViews() {
        publishCatalogue(DemoCommune.catalogueEvents(), 0);
        publishCalendar(DemoCommune.calendarEvents(), 0);
        CatalogueLookup lookup = new CatalogueLookup(countingStore);

        assertThat(lookup.catalogue()).isEqualTo(DemoCommune.catalogueView());
        assertThat(lookup.calendar()).isEqualTo(DemoCommune.calendarView());
        assertThat(lookup.deadlines().deadlineDay(fr.portailfamille.api.catalogue.DeadlineRule.DEFAULT,
                java.time.LocalDate.of(2027, 3, 30))).isEqualTo(java.time.LocalDate.of(2027, 3, 26));
    }

    @Test
    void givenUnchangedStreams_whenLookingUpAgain_thenNoStreamIsReadAgain() {
        publishCatalogue(DemoCommune.catalogueEvents(), 0);
        CatalogueLookup lookup = new CatalogueLookup(countingStore);
        lookup.catalogue();
        int afterFirst = reads.get();
        for (int i = 0; i < 10; i++) {
            lookup.catalogue();
        }
        assertThat(reads.get()).isEqualTo(afterFirst);
    }

    @Test
    void givenNewEvent_whenLookingUpAgain_thenTheStreamIsReadAgain() {
        List<CatalogueEvent> events = DemoCommune.catalogueEvents();
        publishCatalogue(events.subList(0, 5), 0);
        CatalogueLookup lookup = new CatalogueLookup(countingStore);
        assertThat(lookup.catalogue()).isEqualTo(CatalogueView.of(events.subList(0, 5)));

        publishCatalogue(events.subList(5, events.size()), 5);

        assertThat(lookup.catalogue()).isEqualTo(DemoCommune.catalogueView());
    }

    @Test
    void givenSnapshotThenEvents_whenLookingUp_thenSnapshotStateWithLaterEvents() {
        List<CatalogueEvent> catalogueEvents = DemoCommune.catalogueEvents();
        int half = catalogueEvents.size() / 2;
        publishCatalogue(catalogueEvents.subList(0, half), 0);
        Catalogue snapshot = new Catalogue();
        catalogueEvents.subList(0, half).forEach(snapshot::on);
        store.storeSnapshot(new GenericDomainEventMessage<>("Catalogue", "catalogue", half - 1, snapshot));
        publishCatalogue(catalogueEvents.subList(half, catalogueEvents.size()), half);

        List<CalendarEvent> calendarEvents = DemoCommune.calendarEvents();
        publishCalendar(calendarEvents, 0);
        store.storeSnapshot(new GenericDomainEventMessage<>("SchoolCalendar", "calendar",
                calendarEvents.size() - 1, DemoCalendar.aggregate(calendarEvents)));

        CatalogueLookup lookup = new CatalogueLookup(countingStore);
        assertThat(lookup.catalogue()).isEqualTo(DemoCommune.catalogueView());
        assertThat(lookup.calendar()).isEqualTo(DemoCommune.calendarView());
    }

    @Test
    void givenConcurrentReaders_whenEventsArrive_thenEachSeesAFoldedPrefixAndFinallyTheWhole() throws Exception {
        List<CatalogueEvent> events = DemoCommune.catalogueEvents();
        Set<CatalogueView> prefixes = new HashSet<>();
        for (int i = 0; i <= events.size(); i++) {
            prefixes.add(CatalogueView.of(events.subList(0, i)));
        }
        CatalogueLookup lookup = new CatalogueLookup(countingStore);
        ConcurrentLinkedQueue<CatalogueView> seen = new ConcurrentLinkedQueue<>();
        ExecutorService readers = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int r = 0; r < 6; r++) {
                running.add(readers.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        seen.add(lookup.catalogue());
                    }
                }));
            }
            for (int i = 0; i < events.size(); i++) {
                publishCatalogue(List.of(events.get(i)), i);
            }
            for (Future<?> future : running) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            readers.shutdownNow();
        }
        assertThat(seen).allMatch(prefixes::contains);
        assertThat(lookup.catalogue()).isEqualTo(DemoCommune.catalogueView());
    }

    private void publishCatalogue(List<CatalogueEvent> events, long firstSequence) {
        long sequence = firstSequence;
        for (CatalogueEvent event : events) {
            store.publish(new GenericDomainEventMessage<>("Catalogue", "catalogue", sequence++, event));
        }
    }

    private void publishCalendar(List<CalendarEvent> events, long firstSequence) {
        long sequence = firstSequence;
        for (CalendarEvent event : events) {
            store.publish(new GenericDomainEventMessage<>("SchoolCalendar", "calendar", sequence++, event));
        }
    }

    private EventStore counting(EventStore delegate) {
        return (EventStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EventStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("readEvents")) {
                        reads.incrementAndGet();
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}

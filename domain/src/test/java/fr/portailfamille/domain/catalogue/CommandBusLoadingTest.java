package fr.portailfamille.domain.catalogue;

import static fr.portailfamille.api.calendar.CalendarMessages.CALENDAR_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.calendar.WithdrawClosureDay;
import fr.portailfamille.api.catalogue.DefineService;
import fr.portailfamille.domain.calendar.SchoolCalendar;

/** The aggregates behind a real command bus and event-sourcing repositories, read back by {@link CatalogueLookup}. */
class CommandBusLoadingTest {
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private CommandGateway gateway;

    @BeforeEach
    void setUp() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<Catalogue>builder()
                .aggregateType(Catalogue.class)
                .repository(EventSourcingRepository.builder(Catalogue.class).eventStore(store).build())
                .build()
                .subscribe(bus);
        AggregateAnnotationCommandHandler.<SchoolCalendar>builder()
                .aggregateType(SchoolCalendar.class)
                .repository(EventSourcingRepository.builder(SchoolCalendar.class).eventStore(store).build())
                .build()
                .subscribe(bus);
        gateway = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    @AfterEach
    void tearDown() {
        store.shutDown();
    }

    @Test
    void givenEmptyStore_whenDemoCommuneIsLoaded_thenLookupSeesIt() {
        CatalogueLookup lookup = new CatalogueLookup(store);
        DemoCommune.commandsToLoad(lookup.catalogue(), lookup.calendar()).forEach(gateway::sendAndWait);

        assertThat(lookup.catalogue()).isEqualTo(DemoCommune.catalogueView());
        assertThat(lookup.calendar()).isEqualTo(DemoCommune.calendarView());
        assertThat(DemoCommune.commandsToLoad(lookup.catalogue(), lookup.calendar())).isEmpty();
    }

    @Test
    void givenEmptyStore_whenWithdrawingAClosureDay_thenNothingIsStoredAndNothingFails() {
        gateway.sendAndWait(new WithdrawClosureDay(CALENDAR_ID, LocalDate.of(2026, 11, 12)));
        assertThat(store.readEvents(CALENDAR_ID).hasNext()).isFalse();
    }

    @Test
    void givenLoadedDemo_whenSendingItAgain_thenNoEventForUnchangedDefinitions() {
        DemoCommune.commands().forEach(gateway::sendAndWait);
        long before = store.lastSequenceNumberFor("catalogue").orElseThrow();
        gateway.sendAndWait(new DefineService("catalogue", DemoCommune.SERVICE_ID, DemoCommune.SERVICE_ID));
        assertThat(store.lastSequenceNumberFor("catalogue")).contains(before);
    }

    @Test
    void givenEmptyStore_whenDefiningAnActivityFirst_thenTheRuleViolationReachesTheSender() {
        Object defineAps = DemoCommune.catalogueCommands().get(1);
        assertThatThrownBy(() -> gateway.sendAndWait(defineAps))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("UNKNOWN_SERVICE"));
    }
}

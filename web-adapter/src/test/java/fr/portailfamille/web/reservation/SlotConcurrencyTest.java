package fr.portailfamille.web.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.portailfamille.web.TestFamilies;
import fr.portailfamille.api.family.ChildId;
import fr.portailfamille.api.reservation.CellChange;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.ChangeReservations;
import fr.portailfamille.api.reservation.ChangeResults;
import fr.portailfamille.api.reservation.ReservationAction;
import fr.portailfamille.api.reservation.ReservationOutcome;
import fr.portailfamille.api.reservation.ReservationRequested;
import fr.portailfamille.api.reservation.ReservationWaitlisted;
import fr.portailfamille.api.reservation.SlotEvent;
import fr.portailfamille.api.reservation.SlotId;
import fr.portailfamille.api.reservation.WaitlistedReservationPromoted;
import fr.portailfamille.domain.reservation.ReservationSlot;
import fr.portailfamille.web.PortalTest;

/**
 * 50 requests at once for the last 5 places of a unit (MERC_MIDI, 24 places), through the portal's command bus and
 * event store: exactly 5 get a place and the 45 others wait in the order the slot received them.
 */
@PortalTest
class SlotConcurrencyTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 3, 10);
    private static final String SLOT = SlotId.of("MERC", WEDNESDAY).value();
    private static final int CAPACITY = 24;
    private static final int RACERS = 50;

    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    EventStore eventStore;

    private ChangeReservations reserve(String childId) {
        return new ChangeReservations(SLOT, "MERC", WEDNESDAY, childId,
                List.of(new CellChange("MERC_MIDI", ReservationAction.RESERVE)));
    }

    private List<String> enrolledChildren(int count) {
        TestFamilies families = new TestFamilies(commandGateway, queryGateway);
        List<String> children = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String childId = ChildId.newId().value();
            families.enrol(childId, "family-concurrency", "MERC-2026-2027");
            children.add(childId);
        }
        return children;
    }

    @Test
    void givenFivePlacesLeft_when50ChildrenAskAtOnce_thenFiveGetThemAndTheOthersWaitInArrivalOrder()
            throws Exception {
        for (String early : enrolledChildren(CAPACITY - 5)) {
            commandGateway.sendAndWait(reserve(early));
        }
        List<String> racers = enrolledChildren(RACERS);

        Map<String, ReservationOutcome> outcomes = race(racers);

        assertThat(outcomes.values().stream().filter(o -> o == ReservationOutcome.REQUESTED)).hasSize(5);
        assertThat(outcomes.values().stream().filter(o -> o == ReservationOutcome.WAITLISTED)).hasSize(RACERS - 5);
        List<SlotEvent> raceEvents = slotEvents().stream()
                .filter(event -> racers.contains(event.childId())).toList();
        assertThat(raceEvents.subList(0, 5)).allMatch(ReservationRequested.class::isInstance);
        List<ReservationWaitlisted> queue = raceEvents.subList(5, RACERS).stream()
                .map(ReservationWaitlisted.class::cast).toList();
        for (int i = 0; i < queue.size(); i++) {
            assertThat(queue.get(i).position()).as("arrival order").isEqualTo(i + 1);
            assertThat(outcomes.get(queue.get(i).childId())).isEqualTo(ReservationOutcome.WAITLISTED);
        }

        String leaving = raceEvents.get(0).childId();
        commandGateway.sendAndWait(new ChangeReservations(SLOT, "MERC", WEDNESDAY, leaving,
                List.of(new CellChange("MERC_MIDI", ReservationAction.CANCEL))));
        List<SlotEvent> afterWithdrawal = slotEvents();
        assertThat(afterWithdrawal.get(afterWithdrawal.size() - 1)).isEqualTo(new WaitlistedReservationPromoted(
                SLOT, "MERC", WEDNESDAY, queue.get(0).childId(), "MERC_MIDI", CellState.REQUESTED));

        for (ReservationWaitlisted waiting : queue.subList(1, queue.size())) {
            commandGateway.sendAndWait(new ChangeReservations(SLOT, "MERC", WEDNESDAY, waiting.childId(),
                    List.of(new CellChange("MERC_MIDI", ReservationAction.CANCEL))));
        }
        Object head = eventStore.readEvents(SLOT).next().getPayload();
        assertThat(head).as("the busy slot was snapshotted and its snapshot reads back").isInstanceOf(
                ReservationSlot.class);
        assertThat(((ReservationSlot) head).getState().unit("MERC_MIDI").placesTaken()).isEqualTo(CAPACITY);
    }

    private Map<String, ReservationOutcome> race(List<String> racers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Map<String, Future<ChangeResults>> running = racers.stream().collect(Collectors.toMap(
                    Function.identity(), child -> pool.submit(() -> {
                        start.await();
                        return commandGateway.<ChangeResults>sendAndWait(reserve(child));
                    })));
            start.countDown();
            return running.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> {
                try {
                    return entry.getValue().get(60, TimeUnit.SECONDS).results().get(0).outcome();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }));
        } finally {
            pool.shutdownNow();
        }
    }

    private List<SlotEvent> slotEvents() {
        return eventStore.readEvents(SLOT, 0).asStream().map(DomainEventMessage::getPayload)
                .filter(SlotEvent.class::isInstance).map(SlotEvent.class::cast).toList();
    }
}

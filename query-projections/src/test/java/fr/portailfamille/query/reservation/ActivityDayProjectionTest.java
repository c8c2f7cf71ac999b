package fr.portailfamille.query.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.reservation.ActivityDay;
import fr.portailfamille.api.reservation.AttendanceRecorded;
import fr.portailfamille.api.reservation.AttendanceStatus;
import fr.portailfamille.api.reservation.CancellationRequested;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.FindActivityDay;
import fr.portailfamille.api.reservation.FindPendingDays;
import fr.portailfamille.api.reservation.PendingDay;
import fr.portailfamille.api.reservation.ReservationCancelled;
import fr.portailfamille.api.reservation.ReservationRejected;
import fr.portailfamille.api.reservation.ReservationRequested;
import fr.portailfamille.api.reservation.ReservationValidated;
import fr.portailfamille.api.reservation.ReservationWaitlisted;
import fr.portailfamille.api.reservation.SlotEvent;
import fr.portailfamille.api.reservation.SlotId;
import fr.portailfamille.api.reservation.WaitlistedReservationPromoted;
import fr.portailfamille.query.support.ChildBuckets;

class ActivityDayProjectionTest {
    private static final LocalDate WED = LocalDate.of(2026, 12, 2);
    private static final LocalDate NEXT_WED = LocalDate.of(2026, 12, 9);
    private static final String MIDI = "MERC_MIDI";

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final ActivityDayProjection projection = new ActivityDayProjection(mongo.database);

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private static String slot(LocalDate date) {
        return SlotId.of("MERC", date).value();
    }

    private static List<SlotEvent> wednesday() {
        return List.of(
                new ReservationRequested(slot(WED), "MERC", WED, "child-a", MIDI),
                new ReservationRequested(slot(WED), "MERC", WED, "child-b", MIDI),
                new ReservationWaitlisted(slot(WED), "MERC", WED, "child-c", MIDI, 1),
                new ReservationWaitlisted(slot(WED), "MERC", WED, "child-d", MIDI, 2),
                new ReservationValidated(slot(WED), "MERC", WED, "child-a", MIDI, false),
                new ReservationRequested(slot(WED), "MERC", WED, "child-e", "MERC_APM"),
                new ReservationValidated(slot(WED), "MERC", WED, "child-e", "MERC_APM", false),
                new CancellationRequested(slot(WED), "MERC", WED, "child-e", "MERC_APM"),
                new ReservationRejected(slot(WED), "MERC", WED, "child-b", MIDI, "complet"),
                new WaitlistedReservationPromoted(slot(WED), "MERC", WED, "child-c", MIDI, CellState.REQUESTED),
                new AttendanceRecorded(slot(WED), "MERC", WED, "child-f", "MERC_GARD", AttendanceStatus.PRESENT,
                        false));
    }

    private void play(List<SlotEvent> events, long firstSequence) {
        long sequence = firstSequence;
        for (SlotEvent event : events) {
            projection.on(event, sequence++);
        }
    }

    private ActivityDay day(LocalDate date) {
        return projection.handle(new FindActivityDay("MERC", date));
    }

    @Test
    void givenADayOfRequestsAndDecisions_whenAskingTheDay_thenEveryCellInTheOrderItReachedItsState() {
        play(wednesday(), 0);

        assertThat(day(WED).cells()).containsExactly(
                new ActivityDay.Cell("child-d", MIDI, CellState.WAITLISTED, true),
                new ActivityDay.Cell("child-a", MIDI, CellState.VALIDATED, true),
                new ActivityDay.Cell("child-e", "MERC_APM", CellState.CANCELLATION_REQUESTED, true),
                new ActivityDay.Cell("child-c", MIDI, CellState.REQUESTED, true),
                new ActivityDay.Cell("child-f", "MERC_GARD", CellState.PRESENT, false));
        assertThat(day(NEXT_WED).cells()).isEmpty();
    }

    @Test
    void givenRequestsOnTwoDays_whenAskingThePendingDays_thenEachDayWithItsCountsUntilDecided() {
        play(wednesday(), 0);
        projection.on(new ReservationRequested(slot(NEXT_WED), "MERC", NEXT_WED, "child-a", MIDI), 0);

        assertThat(projection.handle(new FindPendingDays("MERC")))
                .containsExactly(new PendingDay(WED, 1, 1), new PendingDay(NEXT_WED, 1, 0));

        projection.on(new ReservationValidated(slot(NEXT_WED), "MERC", NEXT_WED, "child-a", MIDI, false), 1);
        projection.on(new ReservationCancelled(slot(WED), "MERC", WED, "child-e", "MERC_APM", "PARENT"), 11);
        assertThat(projection.handle(new FindPendingDays("MERC"))).containsExactly(new PendingDay(WED, 1, 0));
        assertThat(projection.handle(new FindPendingDays("APS"))).isEmpty();
    }

    @Test
    void givenADayOfManyChildren_whenAskingTheDayAndThePendingDays_thenEveryBucketOfTheDayIsCounted() {
        List<String> children = IntStream.range(0, 40).mapToObj(child -> "child-" + child).toList();
        long sequence = 0;
        for (String child : children) {
            projection.on(new ReservationRequested(slot(WED), "MERC", WED, child, MIDI), sequence++);
        }
        for (String child : children.subList(0, 10)) {
            projection.on(new ReservationValidated(slot(WED), "MERC", WED, child, MIDI, false), sequence++);
        }

        assertThat(mongo.database.getCollection("reservation_days").countDocuments()).as("split by child")
                .isGreaterThan(1).isLessThanOrEqualTo(ChildBuckets.COUNT);
        assertThat(day(WED).cells()).extracting(ActivityDay.Cell::childId)
                .containsExactlyElementsOf(Stream.concat(children.subList(10, 40).stream(),
                        children.subList(0, 10).stream()).toList());
        assertThat(projection.handle(new FindPendingDays("MERC"))).containsExactly(new PendingDay(WED, 30, 0));
    }

    @Test
    void givenCellsThatChangeStateManyTimes_whenAskingThePendingDays_thenTheCountsOfTheCellsAsTheyStand() {
        Random random = new Random(13);
        List<String> children = IntStream.range(0, 60).mapToObj(child -> "child-" + child).toList();
        List<Function<String, SlotEvent>> changes = List.of(
                child -> new ReservationRequested(slot(WED), "MERC", WED, child, MIDI),
                child -> new ReservationValidated(slot(WED), "MERC", WED, child, MIDI, false),
                child -> new CancellationRequested(slot(WED), "MERC", WED, child, MIDI),
                child -> new ReservationCancelled(slot(WED), "MERC", WED, child, MIDI, "PARENT"),
                child -> new ReservationRejected(slot(WED), "MERC", WED, child, MIDI, "complet"));
        for (long sequence = 0; sequence < 1_000; sequence++) {
            String child = children.get(random.nextInt(children.size()));
            projection.on(changes.get(random.nextInt(changes.size())).apply(child), sequence);
        }

        List<CellState> states = day(WED).cells().stream().map(ActivityDay.Cell::state).toList();
        int requests = Collections.frequency(states, CellState.REQUESTED);
        int cancellations = Collections.frequency(states, CellState.CANCELLATION_REQUESTED);
        assertThat(requests + cancellations).as("a day with some of each").isPositive();
        assertThat(projection.handle(new FindPendingDays("MERC")))
                .containsExactly(new PendingDay(WED, requests, cancellations));
    }

    @Test
    void givenDaysStoredByEarlierVersions_whenAsked_thenItHoldsAnEarlierShapeUntilReset() {
        assertThat(projection.holdsEarlierShape()).as("empty").isFalse();
        play(wednesday(), 0);
        assertThat(projection.holdsEarlierShape()).as("new shape only").isFalse();
        Document wholeDay = new Document("_id", "MERC|2026-12-09").append("cells", new Document());
        Document fiveFieldCells = new Document("_id", "MERC|2026-12-09|3").append("activityId", "MERC")
                .append("date", "2026-12-09").append("cells", new Document("child-a|MERC_MIDI",
                        new Document("childId", "child-a").append("unitId", "MERC_MIDI").append("state", "VALIDATED")
                                .append("booked", true).append("sequence", 0L)));
        Document uncountedCells = new Document("_id", "MERC|2026-12-09|3").append("activityId", "MERC")
                .append("date", "2026-12-09").append("format", "compact-cells")
                .append("cells", new Document("child-a|MERC_MIDI", "REQUESTED|1|0"));
        for (Document earlier : List.of(wholeDay, fiveFieldCells, uncountedCells)) {
            mongo.database.getCollection("reservation_days").insertOne(earlier);
            assertThat(projection.holdsEarlierShape()).as(earlier.getString("_id")).isTrue();

            projection.reset();
            play(wednesday(), 0);

            assertThat(projection.holdsEarlierShape()).isFalse();
        }
    }

    @Test
    void givenTheSameEventsTwiceOrAfterAReset_whenReplayed_thenTheSameReadModel() {
        play(wednesday(), 0);
        ActivityDay live = day(WED);
        List<PendingDay> livePending = projection.handle(new FindPendingDays("MERC"));

        play(wednesday(), 0);
        assertThat(day(WED)).isEqualTo(live);
        assertThat(projection.handle(new FindPendingDays("MERC"))).isEqualTo(livePending);

        projection.reset();
        assertThat(day(WED).cells()).isEmpty();
        play(wednesday(), 0);
        assertThat(day(WED)).isEqualTo(live);
        assertThat(projection.handle(new FindPendingDays("MERC"))).isEqualTo(livePending);
    }
}

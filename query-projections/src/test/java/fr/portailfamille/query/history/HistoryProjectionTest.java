package fr.portailfamille.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import fr.portailfamille.api.audit.FindHistory;
import fr.portailfamille.api.audit.HistoryEntry;
import fr.portailfamille.api.audit.HistorySubject;
import fr.portailfamille.api.account.AccountRegistered;
import fr.portailfamille.api.Role;
import fr.portailfamille.api.billing.CreditNoteApplied;
import fr.portailfamille.api.billing.CreditNoteIssued;
import fr.portailfamille.api.billing.InvoiceIssued;
import fr.portailfamille.api.billing.InvoiceLine;
import fr.portailfamille.api.billing.LineReason;
import fr.portailfamille.api.catalogue.QuotientBracket;
import fr.portailfamille.api.enrolment.EnrolmentRequested;
import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.api.family.QuotientFamilialSet;
import fr.portailfamille.api.family.Sex;
import fr.portailfamille.api.reservation.AttendanceRecorded;
import fr.portailfamille.api.reservation.AttendanceStatus;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.DeadlineOverridden;
import fr.portailfamille.api.reservation.ReservationCancelled;
import fr.portailfamille.api.reservation.ReservationRequested;
import fr.portailfamille.api.reservation.ReservationValidated;
import fr.portailfamille.api.reservation.ReservationWaitlisted;
import fr.portailfamille.api.reservation.WaitlistedReservationPromoted;
import fr.portailfamille.query.support.EmbeddedMongo;
import fr.portailfamille.query.support.PerBatch;

class HistoryProjectionTest {
    @RegisterExtension
    final EmbeddedMongo mongo = new EmbeddedMongo();
    private HistoryProjection projection;
    private long position;

    private static final String SLOT = "slot:MERC:2026-12-02";
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");
    private static final InvoiceLine LEA_MEAL = new InvoiceLine("child-lea", "RS", "RS_REPAS", DAY, 350,
            LineReason.RESERVED, QuotientBracket.B);
    private static final InvoiceLine HUGO_MEAL = new InvoiceLine("child-hugo", "RS", "RS_REPAS", DAY, 350,
            LineReason.RESERVED, QuotientBracket.B);

    @BeforeEach
    void setUp() {
        projection = new HistoryProjection(mongo.database());
        position = 0;
    }

    private void publish(String aggregateId, Object payload, String userId, String role, Instant at) {
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>("Test", aggregateId, position,
                payload, Map.of("userId", userId, "role", role, "correlationId", "req-" + position), null, at);
        position++;
        projection.on(payload, message, at);
    }

    private void givenLeaReservedThenValidatedAfterDeadlineByStaff() {
        publish("family-martin", new ChildAdded("family-martin", "child-lea", "Léa", "Martin",
                LocalDate.of(2017, 5, 3), Sex.F), "account:agent", "STAFF", T0);
        publish(SLOT, new ReservationRequested(SLOT, "MERC", DAY, "child-lea", "MERC_APM"), "account:parent",
                "PARENT", T0.plusSeconds(60));
        publish(SLOT, new DeadlineOverridden(SLOT, "MERC", DAY, "child-lea", "MERC_APM"), "account:agent",
                "STAFF", T0.plusSeconds(86_400));
        publish(SLOT, new ReservationValidated(SLOT, "MERC", DAY, "child-lea", "MERC_APM", false),
                "account:agent", "STAFF", T0.plusSeconds(86_400));
    }

    @Test
    void givenEventsOfAChild_whenAskingItsHistory_thenOldestFirstWithActorsAndFrenchDescriptions() {
        givenLeaReservedThenValidatedAfterDeadlineByStaff();

        List<HistoryEntry> history = projection.handle(new FindHistory(HistorySubject.CHILD, "child-lea"));

        assertThat(history).extracting(HistoryEntry::type).containsExactly("ChildAdded", "ReservationRequested",
                "DeadlineOverridden", "ReservationValidated");
        HistoryEntry override = history.get(2);
        assertThat(override.actorId()).isEqualTo("account:agent");
        assertThat(override.actorRole()).isEqualTo("STAFF");
        assertThat(override.detail()).isEqualTo("Modification par le service après le délai");
        assertThat(override.date()).isEqualTo(DAY);
        assertThat(override.unitId()).isEqualTo("MERC_APM");
        assertThat(override.familyId()).isEqualTo("family-martin");
        assertThat(history.get(1).actorRole()).isEqualTo("PARENT");
        assertThat(history.get(1).at()).isEqualTo(T0.plusSeconds(60));
        assertThat(history.get(1).correlationId()).isEqualTo("req-1");
    }

    @Test
    void givenEventsOfAChild_whenAskingTheFamilyAndTheSlot_thenTheyAreFiledThereToo() {
        givenLeaReservedThenValidatedAfterDeadlineByStaff();

        assertThat(projection.handle(new FindHistory(HistorySubject.FAMILY, "family-martin"))).hasSize(4);
        assertThat(projection.handle(new FindHistory(HistorySubject.SLOT, SLOT))).hasSize(3);
        assertThat(projection.handle(new FindHistory(HistorySubject.CHILD, "child-other"))).isEmpty();
    }

    @Test
    void givenEventsOfAChild_whenFiled_thenEachEntryIsKeptOnceAndItsFamilyAndSlotReferToIt() {
        givenLeaReservedThenValidatedAfterDeadlineByStaff();

        List<String> values = new ArrayList<>();
        mongo.database().getCollection("history").find(Filters.regex("_id", "#"))
                .forEach(bucket -> bucket.get("entries", org.bson.Document.class).values()
                        .forEach(value -> values.add((String) value)));
        List<String> kept = values.stream().filter(value -> value.startsWith("{")).toList();
        assertThat(kept).as("each under the child").hasSize(4).doesNotHaveDuplicates();
        assertThat(values).filteredOn(value -> value.startsWith("@")).as("under the family, and the slot but for "
                + "the child's addition").hasSize(7).allMatch(value -> value.startsWith("@child:child-lea#"));
        List<HistoryEntry> ofTheChild = projection.handle(new FindHistory(HistorySubject.CHILD, "child-lea"));
        assertThat(projection.handle(new FindHistory(HistorySubject.FAMILY, "family-martin"))).isEqualTo(ofTheChild);
        assertThat(projection.handle(new FindHistory(HistorySubject.SLOT, SLOT))).isEqualTo(ofTheChild.subList(1, 4));
    }

    @Test
    void givenAnEventCommittedLateByAConcurrentWriter_whenItArrivesAfterALaterOne_thenItIsFiledInItsPlace() {
        publish("family-martin", new ChildAdded("family-martin", "child-lea", "Léa", "Martin",
                LocalDate.of(2017, 5, 3), Sex.F), "account:agent", "STAFF", T0);
        position = 5;
        publish(SLOT, new ReservationValidated(SLOT, "MERC", DAY, "child-lea", "MERC_APM", false),
                "account:agent", "STAFF", T0.plusSeconds(120));
        position = 3;
        publish(SLOT, new ReservationRequested(SLOT, "MERC", DAY, "child-lea", "MERC_APM"), "account:parent",
                "PARENT", T0.plusSeconds(60));

        assertThat(projection.handle(new FindHistory(HistorySubject.CHILD, "child-lea")))
                .extracting(HistoryEntry::type)
                .containsExactly("ChildAdded", "ReservationRequested", "ReservationValidated");
    }

    @Test
    void givenEventsOfTwoAggregatesInOneMillisecond_whenAskingTheChildHistory_thenTheCommandSentFirstComesFirst() {
        // the family's aggregate id sorts after the enrolment's: only when their commands were sent orders them
        publishSentAt("family-zola", new ChildAdded("family-zola", "child-lea", "Léa", "Zola",
                LocalDate.of(2017, 5, 3), Sex.F), T0.plusNanos(100_000));
        publishSentAt("enrolment-1", new EnrolmentRequested("enrolment-1", "child-lea", "family-zola", "RS",
                "RS-2026-2027", T0), T0.plusNanos(200_000));

        assertThat(projection.handle(new FindHistory(HistorySubject.CHILD, "child-lea")))
                .extracting(HistoryEntry::type, HistoryEntry::dispatchedAt)
                .containsExactly(tuple("ChildAdded", T0.plusNanos(100_000)),
                        tuple("EnrolmentRequested", T0.plusNanos(200_000)));
    }

    /** The first event of {@code aggregateId}'s stream, stamped T0 by the store, its command sent at {@code sentAt}. */
    private void publishSentAt(String aggregateId, Object payload, Instant sentAt) {
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>("Test", aggregateId, 0, payload,
                Map.of("userId", "account:agent", "role", "STAFF", "dispatchedAt", sentAt.toString()), null, T0);
        projection.on(payload, message, T0);
    }

    @Test
    void givenBatchesGivingABucketFewThenManyThenFewEntries_whenFiled_thenItHoldsEachOnceWhicheverWayItWasWritten() {
        int many = HistoryProjection.SET_AT_MOST + 10;
        inOneBatch(() -> reservations(2));
        inOneBatch(() -> reservations(many));
        inOneBatch(() -> reservations(3));
        position -= 3;
        inOneBatch(() -> reservations(3));

        List<HistoryEntry> history = projection.handle(new FindHistory(HistorySubject.SLOT, SLOT));
        assertThat(history).hasSize(2 + many + 3);
        assertThat(history).extracting(HistoryEntry::sequence).doesNotHaveDuplicates();
        assertThat(projection.handle(new FindHistory(HistorySubject.CHILD, "child-lea"))).isEqualTo(history);
    }

    @Test
    void givenNewBucketsAfterAReset_whenLaterBatchesAddToThem_thenTheyKeepEveryEntry() {
        projection.reset();
        inOneBatch(() -> reservations(2));
        inOneBatch(() -> reservations(3));
        inOneBatch(() -> reservations(HistoryProjection.SET_AT_MOST + 1));

        assertThat(projection.handle(new FindHistory(HistorySubject.SLOT, SLOT)))
                .hasSize(2 + 3 + HistoryProjection.SET_AT_MOST + 1);
    }

    @Test
    void givenBucketsFiledBeforeARestart_whenTheNewProjectionAddsToThem_thenTheyKeepEveryEntry() {
        inOneBatch(() -> reservations(2));
        projection = new HistoryProjection(mongo.database());
        inOneBatch(() -> reservations(3));

        assertThat(projection.handle(new FindHistory(HistorySubject.SLOT, SLOT))).hasSize(5);
        assertThat(projection.handle(new FindHistory(HistorySubject.CHILD, "child-lea"))).hasSize(5);
    }

    private void reservations(int count) {
        for (int i = 0; i < count; i++) {
            publish(SLOT, new ReservationRequested(SLOT, "MERC", DAY, "child-lea", "MERC_APM"), "account:parent",
                    "PARENT", T0.plusSeconds(position));
        }
    }

    /** Events handled as a processor's batch: each bucket is written once, at its end. */
    private static void inOneBatch(Runnable events) {
        inOneBatchOf(PerBatch.holdingReplayWrites(), new GlobalSequenceTrackingToken(0), events);
    }

    @Test
    void givenAReplayHoldingItsBatches_whenItReachesItsEnd_thenItWritesTheLiveBucketsEntryForEntryInTheirOrder() {
        List<Runnable> batches = List.of(() -> reservations(3), () -> reservations(HistoryProjection.SET_AT_MOST + 5),
                this::givenLeaReservedThenValidatedAfterDeadlineByStaff, () -> reservations(2));
        batches.forEach(HistoryProjectionTest::inOneBatch);
        List<String> live = storedHistory();

        projection.reset();
        position = 0;
        MessageHandlerInterceptor<EventMessage<?>> processor = PerBatch.holdingReplayWrites();
        for (int batch = 0; batch < batches.size(); batch++) {
            inOneBatchOf(processor, ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(batches.size()),
                    new GlobalSequenceTrackingToken(batch)), batches.get(batch));
        }
        assertThat(storedHistory()).as("held until the replay's end").hasSize(1);
        inOneBatchOf(processor, new GlobalSequenceTrackingToken(batches.size()), () -> reservations(0));

        assertThat(storedHistory()).isEqualTo(live);
    }

    /** The history's documents as JSON, in the order of their ids: a field's place counts. */
    private List<String> storedHistory() {
        return mongo.database().getCollection("history").find().sort(Sorts.ascending("_id"))
                .map(Document::toJson).into(new ArrayList<>());
    }

    /** A batch of a processor that holds its read models' writes during a replay, with the token it stores after. */
    private static void inOneBatchOf(MessageHandlerInterceptor<EventMessage<?>> processor, TrackingToken tokenAfter,
                                     Runnable events) {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(
                List.of(GenericEventMessage.asEventMessage("lot")));
        batch.resources().put("Processor[read-models-audit]/Token", tokenAfter);
        batch.executeWithResult(() -> processor.handle(batch, () -> {
            events.run();
            return null;
        }));
    }

    @Test
    void givenAMonthOfManyEntriesForAChild_whenFiled_thenSplitIntoPartsOfTheMonthOfTheirDayAndAllReadBackInOrder() {
        inOneBatch(() -> reservations(40));
        inOneBatch(() -> reservations(1));

        assertThat(bucketsOf("child:child-lea")).hasSizeBetween(2, HistoryProjection.PARTS_OF_A_MONTH)
                .allMatch(id -> id.matches("child:child-lea#2026-12/[0-3]"));
        assertThat(projection.handle(new FindHistory(HistorySubject.CHILD, "child-lea")))
                .extracting(HistoryEntry::sequence).isSortedAccordingTo(Long::compare).hasSize(41);
    }

    @Test
    void givenReservationsOfSeveralMonthsSentInOneMonth_whenFiled_thenBucketedByTheMonthOfTheDayTheyConcern() {
        String januarySlot = "slot:MERC:2027-01-13";
        inOneBatch(() -> {
            publish("family-martin", new ChildAdded("family-martin", "child-lea", "Léa", "Martin",
                    LocalDate.of(2017, 5, 3), Sex.F), "account:agent", "STAFF", T0);
            publish(SLOT, new ReservationRequested(SLOT, "MERC", DAY, "child-lea", "MERC_APM"), "account:parent",
                    "PARENT", T0.plusSeconds(60));
            publish(januarySlot, new ReservationRequested(januarySlot, "MERC", LocalDate.of(2027, 1, 13), "child-lea",
                    "MERC_APM"), "account:parent", "PARENT", T0.plusSeconds(60));
        });

        assertThat(bucketsOf("child:child-lea")).extracting(id -> id.substring(0, id.lastIndexOf('/')))
                .containsExactlyInAnyOrder("child:child-lea#2026-11", "child:child-lea#2026-12",
                        "child:child-lea#2027-01");
        assertThat(bucketsOf("family:family-martin")).hasSize(3);
        assertThat(projection.handle(new FindHistory(HistorySubject.FAMILY, "family-martin")))
                .extracting(HistoryEntry::date).containsExactly(null, DAY, LocalDate.of(2027, 1, 13));
    }

    private List<String> bucketsOf(String subject) {
        return mongo.database().getCollection("history").find(Filters.regex("_id", "^" + subject + "#"))
                .map(bucket -> bucket.getString("_id")).into(new ArrayList<>());
    }

    @Test
    void givenBucketsOfAnEarlierVersion_whenAsked_thenItHoldsAnEarlierShapeUntilReset() {
        givenLeaReservedThenValidatedAfterDeadlineByStaff();
        assertThat(projection.holdsEarlierShape()).as("written by this version").isFalse();
        markShape("month-parts");
        assertThat(projection.holdsEarlierShape()).as("buckets of the months of event time").isTrue();
        markShape("parts-of-the-month-concerned");
        assertThat(projection.holdsEarlierShape()).as("eight parts of the month concerned").isTrue();
        mongo.database().getCollection("history").deleteOne(Filters.eq("_id", "~shape"));
        assertThat(projection.holdsEarlierShape()).as("buckets of whole months").isTrue();

        projection.reset();

        assertThat(projection.holdsEarlierShape()).isFalse();
        assertThat(projection.handle(new FindHistory(HistorySubject.CHILD, "child-lea"))).isEmpty();
    }

    private void markShape(String childAndFamilyBuckets) {
        mongo.database().getCollection("history").replaceOne(Filters.eq("_id", "~shape"),
                new Document("_id", "~shape").append("childAndFamilyBuckets", childAndFamilyBuckets));
    }

    @Test
    void givenAnAccountEvent_whenFiled_thenThePasswordHashNeverAppears() {
        publish("account:p@demo.test", new AccountRegistered("account:p@demo.test", "p@demo.test", Role.PARENT,
                "family-martin", "{bcrypt}secret-hash"), "system", "STAFF", T0);

        List<HistoryEntry> history = projection.handle(new FindHistory(HistorySubject.FAMILY, "family-martin"));
        assertThat(history).hasSize(1);
        assertThat(history.get(0).toString()).doesNotContain("secret-hash");
    }

    @Test
    void givenAReplay_whenEventsComeAgain_thenNothingIsFiledTwiceAndARebuildGivesTheSameHistory() {
        givenLeaReservedThenValidatedAfterDeadlineByStaff();
        List<HistoryEntry> live = projection.handle(new FindHistory(HistorySubject.CHILD, "child-lea"));

        position = 0;
        givenLeaReservedThenValidatedAfterDeadlineByStaff();
        assertThat(projection.handle(new FindHistory(HistorySubject.CHILD, "child-lea"))).isEqualTo(live);

        projection.reset();
        position = 0;
        givenLeaReservedThenValidatedAfterDeadlineByStaff();
        assertThat(projection.handle(new FindHistory(HistorySubject.CHILD, "child-lea"))).isEqualTo(live);
    }

    @Test
    void givenACreditNoteByStaff_whenAskingTheFamilyHistory_thenItReadsInFrenchWithAmountInEurosAndReason() {
        publish("billing", new CreditNoteIssued("credit-1", "AV-2026-000001", "family-martin", "invoice-1", 280,
                "Repas compté deux fois", T0), "account:agent", "STAFF", T0);

        List<HistoryEntry> history = projection.handle(new FindHistory(HistorySubject.FAMILY, "family-martin"));

        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo("CreditNoteIssued");
            assertThat(entry.actorRole()).isEqualTo("STAFF");
            assertThat(entry.detail()).isEqualTo(
                    "Avoir émis (n° : AV-2026-000001, montant : 2,80 €, motif : Repas compté deux fois)");
        });
    }

    @Test
    void givenAnInvoice_whenFiled_thenItsTotalReadsInEurosAndItsMonthByName() {
        publish("billing", new InvoiceIssued("invoice-1", "2026-000012", "family-martin", "2026-11", List.of(), 700,
                T0), "account:agent", "STAFF", T0);

        assertThat(familyDetails()).containsExactly("Facture émise (n° : 2026-000012, mois : novembre 2026, "
                + "total : 7,00 €)");
    }

    @Test
    void givenAnInvoiceBillingTwoChildren_whenAskingTheirHistories_thenEachShowsItOnceAndTheFamilyOnce() {
        publish("billing", new InvoiceIssued("invoice-1", "2026-000012", "family-martin", "2026-12",
                List.of(LEA_MEAL, HUGO_MEAL, LEA_MEAL), 1_050, T0), "account:agent", "STAFF", T0);

        for (String child : List.of("child-lea", "child-hugo")) {
            assertThat(projection.handle(new FindHistory(HistorySubject.CHILD, child))).as(child)
                    .extracting(HistoryEntry::type).containsExactly("InvoiceIssued");
        }
        assertThat(familyDetails()).hasSize(1);
    }

    @Test
    void givenACreditNoteOnAnInvoiceBillingTwoChildren_whenAskingTheirHistories_thenEachShowsTheInvoiceThenTheCredit() {
        publish("billing", new InvoiceIssued("invoice-1", "2026-000012", "family-martin", "2026-12",
                List.of(LEA_MEAL, HUGO_MEAL), 700, T0), "account:agent", "STAFF", T0);
        publish("billing", new CreditNoteIssued("credit-1", "AV-2026-000001", "family-martin", "invoice-1", 350,
                "Absence justifiée", T0.plusSeconds(60)), "account:agent", "STAFF", T0.plusSeconds(60));
        publish("billing", new CreditNoteIssued("credit-2", "AV-2026-000002", "family-martin", "invoice-unknown",
                100, "Geste commercial", T0.plusSeconds(120)), "account:agent", "STAFF", T0.plusSeconds(120));

        for (String child : List.of("child-lea", "child-hugo")) {
            assertThat(projection.handle(new FindHistory(HistorySubject.CHILD, child))).as(child)
                    .extracting(HistoryEntry::type).containsExactly("InvoiceIssued", "CreditNoteIssued");
        }
        assertThat(familyDetails()).as("a credit note on an invoice not known is filed under the family alone")
                .hasSize(3);
    }

    @Test
    void givenACreditDeductedFromALaterInvoice_whenAskingTheHistoriesOfItsChildren_thenTheyShowItAfterThatInvoice() {
        publish("billing", new InvoiceIssued("invoice-2", "2026-000020", "family-martin", "2027-01",
                List.of(LEA_MEAL, HUGO_MEAL), 700, T0), "account:agent", "STAFF", T0);
        publish("billing", new CreditNoteApplied("credit-1", "invoice-2", "family-martin", 350), "account:agent",
                "STAFF", T0.plusSeconds(1));

        for (String child : List.of("child-lea", "child-hugo")) {
            assertThat(projection.handle(new FindHistory(HistorySubject.CHILD, child))).as(child)
                    .extracting(HistoryEntry::type).containsExactly("InvoiceIssued", "CreditNoteApplied");
        }
        assertThat(familyDetails()).hasSize(2);
    }

    @Test
    void givenAmountsInCents_whenDescribed_thenEurosWithThousandsAndCentsAndSign() {
        assertThat(HistoryDescriptions.describe("CreditNoteApplied", Map.of("amount", 123_405)))
                .isEqualTo("Avoir déduit d'une facture (montant : 1 234,05 €)");
        assertThat(HistoryDescriptions.describe("CreditNoteApplied", Map.of("amount", -5)))
                .isEqualTo("Avoir déduit d'une facture (montant : -0,05 €)");
    }

    @Test
    void givenSlotEvents_whenFiled_thenStatusesRanksAndYesNoReadInFrench() {
        publish("family-martin", new ChildAdded("family-martin", "child-lea", "Léa", "Martin",
                LocalDate.of(2017, 5, 3), Sex.F), "account:agent", "STAFF", T0);
        publish(SLOT, new ReservationWaitlisted(SLOT, "MERC", DAY, "child-lea", "MERC_APM", 2), "account:parent",
                "PARENT", T0.plusSeconds(60));
        publish(SLOT, new WaitlistedReservationPromoted(SLOT, "MERC", DAY, "child-lea", "MERC_APM",
                CellState.VALIDATED), "account:parent", "PARENT", T0.plusSeconds(120));
        publish(SLOT, new ReservationValidated(SLOT, "MERC", DAY, "child-lea", "MERC_APM", true), "account:parent",
                "PARENT", T0.plusSeconds(180));
        publish(SLOT, new AttendanceRecorded(SLOT, "MERC", DAY, "child-lea", "MERC_APM",
                AttendanceStatus.ABSENT_JUSTIFIED, true), "account:agent", "STAFF", T0.plusSeconds(240));
        publish(SLOT, new ReservationCancelled(SLOT, "MERC", DAY, "child-lea", "MERC_APM", "ENROLMENT_ENDED"),
                "account:agent", "STAFF", T0.plusSeconds(300));

        assertThat(projection.handle(new FindHistory(HistorySubject.SLOT, SLOT))).extracting(HistoryEntry::detail)
                .containsExactly(
                        "Demande de réservation en liste d'attente (rang en liste d'attente : 2)",
                        "Place libérée : demande sortie de la liste d'attente (nouvel état : réservation validée)",
                        "Réservation validée (automatique : oui)",
                        "Présence relevée (statut : absence justifiée)",
                        "Réservation annulée (motif : désinscription)");
    }

    @Test
    void givenAQuotientAndAnAccount_whenFiled_thenDatesReadDayFirstAndTheRoleInFrench() {
        publish("family-martin", new QuotientFamilialSet("family-martin", 850, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 8, 31)), "account:agent", "STAFF", T0);
        publish("account:p@demo.test", new AccountRegistered("account:p@demo.test", "p@demo.test", Role.PARENT,
                "family-martin", "{bcrypt}secret-hash"), "system", "STAFF", T0.plusSeconds(60));

        assertThat(familyDetails()).containsExactly(
                "Quotient familial enregistré (quotient familial : 850, du : 01/09/2026, au : 31/08/2027)",
                "Compte créé (rôle : famille)");
    }

    private List<String> familyDetails() {
        return projection.handle(new FindHistory(HistorySubject.FAMILY, "family-martin")).stream()
                .map(HistoryEntry::detail).toList();
    }
}

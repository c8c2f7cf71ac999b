package fr.portailfamille.query.enrolment;

import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

import org.axonframework.eventhandling.GenericEventMessage;

import org.axonframework.eventhandling.EventMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.catalogue.ActivityDefined;
import fr.portailfamille.api.catalogue.ActivityType;
import fr.portailfamille.api.catalogue.DeadlineRule;
import fr.portailfamille.api.catalogue.PeriodOpened;
import fr.portailfamille.api.catalogue.ServiceDefined;
import fr.portailfamille.api.catalogue.ValidationMode;
import fr.portailfamille.api.enrolment.EnrolmentEnded;
import fr.portailfamille.api.enrolment.EnrolmentRejected;
import fr.portailfamille.api.enrolment.EnrolmentRequested;
import fr.portailfamille.api.enrolment.EnrolmentStatus;
import fr.portailfamille.api.enrolment.EnrolmentSummary;
import fr.portailfamille.api.enrolment.EnrolmentValidated;
import fr.portailfamille.api.enrolment.FindChildEnrolments;
import fr.portailfamille.api.enrolment.FindEnrolment;
import fr.portailfamille.api.enrolment.FindEnrolmentsInStatus;
import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.api.family.ChildUpdated;
import fr.portailfamille.api.family.Sex;
import fr.portailfamille.query.support.EmbeddedMongo;

class EnrolmentProjectionTest {
    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T09:00:00Z");
    private static final String LEA = "child-lea";
    private static final String HUGO = "child-hugo";
    private static final String APS_LEA = "enrolment:child-lea:APS-2026-2027";
    private static final String RS_LEA = "enrolment:child-lea:RS-2026-2027";
    private static final String RS_HUGO = "enrolment:child-hugo:RS-2026-2027";

    private EmbeddedMongo mongo;
    private EnrolmentProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        projection = new EnrolmentProjection(mongo.database());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private void givenCatalogueAndChildren() {
        projection.on(new ServiceDefined("catalogue", "SVC", "APS-ALSH-TAP-RS DREFFEAC"));
        projection.on(new ActivityDefined("catalogue", "APS", "SVC", "Accueil périscolaire",
                ActivityType.PERISCOLAIRE, ValidationMode.MANUAL, DeadlineRule.DEFAULT));
        projection.on(new ActivityDefined("catalogue", "RS", "SVC", "Restaurant scolaire",
                ActivityType.RESTAURATION, ValidationMode.AUTOMATIC, DeadlineRule.DEFAULT));
        projection.on(new PeriodOpened("catalogue", "APS", "APS-2026-2027", "APS 2026-2027",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 2), LocalDate.of(2026, 6, 1),
                LocalDate.of(2027, 6, 30)));
        projection.on(new PeriodOpened("catalogue", "RS", "RS-2026-2027", "Restaurant scolaire 2026-2027",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 2), LocalDate.of(2026, 6, 1),
                LocalDate.of(2027, 6, 30)));
        projection.on(new ChildAdded("family-1", LEA, "Léa", "Martin", LocalDate.of(2017, 5, 3), Sex.F));
        projection.on(new ChildAdded("family-1", HUGO, "Hugo", "Martin", LocalDate.of(2020, 1, 21), Sex.M));
    }

    private void givenEnrolments() {
        projection.on(new EnrolmentRequested(APS_LEA, LEA, "family-1", "APS", "APS-2026-2027", TUESDAY));
        projection.on(new EnrolmentRequested(RS_LEA, LEA, "family-1", "RS", "RS-2026-2027", MONDAY));
        projection.on(new EnrolmentRequested(RS_HUGO, HUGO, "family-1", "RS", "RS-2026-2027",
                MONDAY.plusSeconds(60)));
        projection.on(new EnrolmentValidated(RS_LEA, LEA, "RS", "RS-2026-2027"), TUESDAY.plusSeconds(5));
    }

    /**
     * Requests and a decision handled as one batch of a processor: nothing is written until the batch commits, then
     * each enrolment and index document once, as the events left them.
     */
    @Test
    void givenRequestsAndADecisionInOneBatch_whenCommitted_thenWrittenAtTheEndAndEachStatusListsItsEnrolments() {
        givenCatalogueAndChildren();
        List<Object> events = List.of(
                new EnrolmentRequested(APS_LEA, LEA, "family-1", "APS", "APS-2026-2027", TUESDAY),
                new EnrolmentRequested(RS_LEA, LEA, "family-1", "RS", "RS-2026-2027", MONDAY),
                new EnrolmentRequested(RS_HUGO, HUGO, "family-1", "RS", "RS-2026-2027", MONDAY.plusSeconds(60)),
                new EnrolmentValidated(RS_LEA, LEA, "RS", "RS-2026-2027"));
        List<Long> writtenDuringTheBatch = new ArrayList<>();

        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(
                events.stream().<EventMessage<?>>map(GenericEventMessage::asEventMessage).toList());
        batch.executeWithResult(() -> {
            if (batch.getMessage().getPayload() instanceof EnrolmentRequested requested) {
                projection.on(requested);
            } else {
                projection.on((EnrolmentValidated) batch.getMessage().getPayload(), TUESDAY.plusSeconds(5));
                writtenDuringTheBatch.add(mongo.database().getCollection("enrolments").countDocuments()
                        + mongo.database().getCollection("enrolments_index").countDocuments());
            }
            return null;
        });

        assertThat(writtenDuringTheBatch).containsExactly(0L);
        assertThat(projection.handle(new FindEnrolmentsInStatus(EnrolmentStatus.PENDING)))
                .extracting(EnrolmentSummary::enrolmentId).containsExactly(RS_HUGO, APS_LEA);
        assertThat(projection.handle(new FindEnrolmentsInStatus(EnrolmentStatus.VALIDATED)))
                .extracting(EnrolmentSummary::enrolmentId, EnrolmentSummary::status)
                .containsExactly(tuple(RS_LEA, EnrolmentStatus.VALIDATED));
        assertThat(projection.handle(new FindChildEnrolments(LEA))).extracting(EnrolmentSummary::enrolmentId)
                .containsExactlyInAnyOrder(APS_LEA, RS_LEA);
    }

    @Test
    void givenAValidatedEnrolment_whenFindingIt_thenItsLabelsPeriodDatesAndDecisionTime() {
        givenCatalogueAndChildren();
        givenEnrolments();

        EnrolmentSummary rs = projection.handle(new FindEnrolment(RS_LEA)).orElseThrow();

        assertThat(rs).isEqualTo(new EnrolmentSummary(RS_LEA, LEA, "Léa Martin", "family-1",
                "APS-ALSH-TAP-RS DREFFEAC", "RS", "Restaurant scolaire", "RS-2026-2027",
                "Restaurant scolaire 2026-2027", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 2), "2026-2027",
                EnrolmentStatus.VALIDATED, MONDAY, TUESDAY.plusSeconds(5), null, null));
    }

    @Test
    void givenEnrolments_whenFindingPending_thenOldestRequestFirstWithoutTheValidatedOne() {
        givenCatalogueAndChildren();
        givenEnrolments();

        List<EnrolmentSummary> pending = projection.handle(new FindEnrolmentsInStatus(EnrolmentStatus.PENDING));

        assertThat(pending).extracting(EnrolmentSummary::enrolmentId).containsExactly(RS_HUGO, APS_LEA);
        assertThat(pending).extracting(EnrolmentSummary::childName).containsExactly("Hugo Martin", "Léa Martin");
        assertThat(projection.handle(new FindEnrolmentsInStatus(EnrolmentStatus.VALIDATED)))
                .extracting(EnrolmentSummary::enrolmentId).containsExactly(RS_LEA);
    }

    @Test
    void givenAChildRenamedInTheDossier_whenFindingTheirEnrolments_thenEveryOneShowsTheNewName() {
        givenCatalogueAndChildren();
        givenEnrolments();

        projection.on(new ChildUpdated("family-1", LEA, "Léane", "Martin-Durand", LocalDate.of(2017, 5, 3), Sex.F,
                "École Jules Ferry", "CE2"));

        assertThat(projection.handle(new FindChildEnrolments(LEA))).extracting(EnrolmentSummary::childName)
                .containsExactly("Léane Martin-Durand", "Léane Martin-Durand");
        assertThat(projection.handle(new FindEnrolmentsInStatus(EnrolmentStatus.PENDING)))
                .extracting(EnrolmentSummary::childName).containsExactly("Hugo Martin", "Léane Martin-Durand");
    }

    @Test
    void givenAChildsEnrolments_whenFindingThem_thenEveryStatusOnlyThatChild() {
        givenCatalogueAndChildren();
        givenEnrolments();

        assertThat(projection.handle(new FindChildEnrolments(LEA)))
                .extracting(EnrolmentSummary::enrolmentId, EnrolmentSummary::status)
                .containsExactly(tuple(APS_LEA, EnrolmentStatus.PENDING), tuple(RS_LEA, EnrolmentStatus.VALIDATED));
        assertThat(projection.handle(new FindChildEnrolments("child-unknown"))).isEmpty();
        assertThat(projection.handle(new FindEnrolment("enrolment:child-unknown:RS-2026-2027"))).isEmpty();
    }

    @Test
    void givenARejectionThenANewRequest_whenFindingByStatus_thenPendingAgainWithoutTheOldReason() {
        givenCatalogueAndChildren();
        givenEnrolments();
        projection.on(new EnrolmentRejected(APS_LEA, LEA, "APS", "APS-2026-2027", "Dossier incomplet"), TUESDAY);
        assertThat(projection.handle(new FindEnrolment(APS_LEA)).orElseThrow().rejectionReason())
                .isEqualTo("Dossier incomplet");

        projection.on(new EnrolmentRequested(APS_LEA, LEA, "family-1", "APS", "APS-2026-2027",
                TUESDAY.plusSeconds(3600)));

        EnrolmentSummary again = projection.handle(new FindEnrolment(APS_LEA)).orElseThrow();
        assertThat(again.status()).isEqualTo(EnrolmentStatus.PENDING);
        assertThat(again.rejectionReason()).isNull();
        assertThat(projection.handle(new FindEnrolmentsInStatus(EnrolmentStatus.REJECTED))).isEmpty();
        assertThat(projection.handle(new FindEnrolmentsInStatus(EnrolmentStatus.PENDING)))
                .extracting(EnrolmentSummary::enrolmentId).containsExactly(RS_HUGO, APS_LEA);
    }

    @Test
    void givenAnEndedEnrolment_whenFindingIt_thenEndedFromItsDate() {
        givenCatalogueAndChildren();
        givenEnrolments();
        projection.on(new EnrolmentEnded(RS_LEA, LEA, "RS", "RS-2026-2027", LocalDate.of(2027, 1, 4)));

        EnrolmentSummary ended = projection.handle(new FindEnrolment(RS_LEA)).orElseThrow();
        assertThat(ended.status()).isEqualTo(EnrolmentStatus.ENDED);
        assertThat(ended.endsFrom()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(ended.decidedAt()).isEqualTo(TUESDAY.plusSeconds(5));
    }

    @Test
    void givenEnrolmentsBeforeTheCatalogueAndChildren_whenFinding_thenLabelsAreJoinedOnceKnown() {
        givenEnrolments();
        assertThat(projection.handle(new FindEnrolment(APS_LEA)).orElseThrow().childName()).isEmpty();

        givenCatalogueAndChildren();

        EnrolmentSummary aps = projection.handle(new FindEnrolment(APS_LEA)).orElseThrow();
        assertThat(aps.childName()).isEqualTo("Léa Martin");
        assertThat(aps.periodLabel()).isEqualTo("APS 2026-2027");
        assertThat(aps.activityLabel()).isEqualTo("Accueil périscolaire");
    }

    @Test
    void givenLiveReadModel_whenResetAndReplayed_thenTheSameAnswers() {
        givenCatalogueAndChildren();
        givenEnrolments();
        List<EnrolmentSummary> live = answers();

        projection.reset();
        assertThat(answers()).isEmpty();
        givenCatalogueAndChildren();
        givenEnrolments();

        assertThat(answers()).isEqualTo(live);
    }

    private List<EnrolmentSummary> answers() {
        List<EnrolmentSummary> all = new ArrayList<>(projection.handle(new FindChildEnrolments(LEA)));
        all.addAll(projection.handle(new FindChildEnrolments(HUGO)));
        all.addAll(projection.handle(new FindEnrolmentsInStatus(EnrolmentStatus.PENDING)));
        return all;
    }
}

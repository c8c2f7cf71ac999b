package fr.portailfamille.domain.reservation;

import static fr.portailfamille.domain.reservation.SlotEvents.cancel;
import static fr.portailfamille.domain.reservation.SlotEvents.reserve;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.portailfamille.api.catalogue.ValidationMode;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.RefusalCode;
import fr.portailfamille.domain.catalogue.ActivityView;
import fr.portailfamille.domain.catalogue.DemoCommune;

/** The named rules of a slot, one by one. */
class SlotPoliciesTest {
    private static final Instant DEADLINE = Instant.parse("2026-12-02T08:30:00Z");
    private static final ActivityView APS = DemoCommune.catalogueView().activity(DemoCommune.APS).orElseThrow();
    private static final ActivityView ALSH = DemoCommune.catalogueView().activity(DemoCommune.ALSH).orElseThrow();
    private static final UnitBook TWO_TAKEN_ONE_WAITING = UnitBook.EMPTY.with("child-a", CellState.VALIDATED)
            .with("child-b", CellState.REQUESTED).with("child-c", CellState.WAITLISTED);

    @Test
    void deadlineGate_isOpenStrictlyBeforeTheDeadline_thenOnlyStaffPassWithAnOverride() {
        assertThat(DeadlineGate.of(false, DEADLINE.minusSeconds(1), DEADLINE)).isEqualTo(DeadlineGate.OPEN);
        assertThat(DeadlineGate.of(true, DEADLINE.minusSeconds(1), DEADLINE)).isEqualTo(DeadlineGate.OPEN);
        assertThat(DeadlineGate.of(false, DEADLINE, DEADLINE)).isEqualTo(DeadlineGate.PASSED);
        assertThat(DeadlineGate.of(true, DEADLINE, DEADLINE)).isEqualTo(DeadlineGate.STAFF_OVERRIDE);
    }

    @Test
    void capacity_countsRequestedValidatedAndAttendedPlacesButNotTheWaitlist() {
        assertThat(TWO_TAKEN_ONE_WAITING.placesTaken()).isEqualTo(2);
        assertThat(CapacityPolicy.hasFreePlace(2, TWO_TAKEN_ONE_WAITING)).isFalse();
        assertThat(CapacityPolicy.hasFreePlace(3, TWO_TAKEN_ONE_WAITING)).isTrue();
        assertThat(CapacityPolicy.hasFreePlace(null, TWO_TAKEN_ONE_WAITING)).isTrue();
        assertThat(UnitBook.EMPTY.withAttendance("child-d", CellState.PRESENT, false).placesTaken()).isEqualTo(1);
    }

    @Test
    void waitlist_makesNewcomersWaitBehindOthersAndPromotesTheFirstArrivalWhenAPlaceIsFree() {
        assertThat(WaitlistPolicy.mustWait(3, TWO_TAKEN_ONE_WAITING)).as("nobody jumps the queue").isTrue();
        assertThat(WaitlistPolicy.mustWait(3, UnitBook.EMPTY.with("child-a", CellState.VALIDATED))).isFalse();
        UnitBook twoWaiting = TWO_TAKEN_ONE_WAITING.with("child-d", CellState.WAITLISTED);
        assertThat(WaitlistPolicy.nextToPromote(2, twoWaiting)).isEmpty();
        assertThat(WaitlistPolicy.nextToPromote(2, twoWaiting.with("child-a", CellState.FREE))).contains("child-c");
        assertThat(WaitlistPolicy.promotedState(ValidationMode.MANUAL)).isEqualTo(CellState.REQUESTED);
        assertThat(WaitlistPolicy.promotedState(ValidationMode.AUTOMATIC)).isEqualTo(CellState.VALIDATED);
    }

    @Test
    void unitRules_acceptASupplementWithItsUnitInTheSameSubmission() {
        assertThat(UnitRulesPolicy.refusals(APS, Set.of(), List.of(reserve("APS_GOUTER"), reserve("APS_SOIR"))))
                .isEmpty();
        assertThat(UnitRulesPolicy.refusals(APS, Set.of("APS_SOIR"), List.of(reserve("APS_GOUTER")))).isEmpty();
    }

    @Test
    void unitRules_refuseASupplementAloneAndACancellationThatWouldLeaveItAlone() {
        assertThat(UnitRulesPolicy.refusals(APS, Set.of("APS_MATIN"), List.of(reserve("APS_GOUTER"))))
                .isEqualTo(Map.of("APS_GOUTER", RefusalCode.REQUIRES_UNIT));
        assertThat(UnitRulesPolicy.refusals(APS, Set.of("APS_SOIR", "APS_GOUTER"), List.of(cancel("APS_SOIR"))))
                .isEqualTo(Map.of("APS_SOIR", RefusalCode.REQUIRES_UNIT));
    }

    @Test
    void unitRules_acceptAnyOfTheRequiredUnitsAndRefuseExclusiveOnesFromEitherSide() {
        assertThat(UnitRulesPolicy.refusals(ALSH, Set.of("ALSH_APM"), List.of(reserve("ALSH_REPAS")))).isEmpty();
        assertThat(UnitRulesPolicy.refusals(ALSH, Set.of("ALSH_JOUR"), List.of(reserve("ALSH_APM"))))
                .isEqualTo(Map.of("ALSH_APM", RefusalCode.EXCLUDED_UNIT));
        assertThat(UnitRulesPolicy.refusals(ALSH, Set.of("ALSH_APM"), List.of(reserve("ALSH_JOUR"))))
                .isEqualTo(Map.of("ALSH_JOUR", RefusalCode.EXCLUDED_UNIT));
    }

    @Test
    void unitRules_refuseInTurnWhatDependsOnARefusedChange() {
        assertThat(UnitRulesPolicy.refusals(ALSH, Set.of("ALSH_JOUR"),
                List.of(reserve("ALSH_MATIN"), reserve("ALSH_REPAS"), cancel("ALSH_JOUR"))))
                .as("the half day is fine once the full day goes, and the meal rides on either").isEmpty();
        assertThat(UnitRulesPolicy.refusals(ALSH, Set.of(), List.of(reserve("ALSH_APM"), reserve("ALSH_JOUR"),
                reserve("ALSH_REPAS"))))
                .isEqualTo(Map.of("ALSH_APM", RefusalCode.EXCLUDED_UNIT, "ALSH_JOUR", RefusalCode.EXCLUDED_UNIT,
                        "ALSH_REPAS", RefusalCode.REQUIRES_UNIT));
    }
}

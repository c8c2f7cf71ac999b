package fr.portailfamille.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

import fr.portailfamille.api.reservation.ChangeReservations;

class RecordCommandTargetResolverTest {
    private final RecordCommandTargetResolver resolver = new RecordCommandTargetResolver();

    record Versioned(@TargetAggregateIdentifier String accountId, @TargetAggregateVersion Long version) {
    }

    static final class NotARecord {
        @TargetAggregateIdentifier
        private final String familyId = "famille-1";
    }

    @Test
    void findsTheAggregateOfARecordCommandEveryTime() {
        for (String slot : List.of("RS:2027-02-01", "RS:2027-02-02")) {
            ChangeReservations command = new ChangeReservations(slot, "RS", LocalDate.of(2027, 2, 1), "enfant-1",
                    List.of());

            VersionedAggregateIdentifier target = resolver.resolveTarget(
                    GenericCommandMessage.asCommandMessage(command));

            assertThat(target.getIdentifier()).isEqualTo(slot);
            assertThat(target.getVersion()).isNull();
        }
    }

    @Test
    void leavesVersionsAndOtherClassesToAxon() {
        assertThat(resolver.resolveTarget(GenericCommandMessage.asCommandMessage(new Versioned("compte-1", 3L))))
                .isEqualTo(new VersionedAggregateIdentifier("compte-1", 3L));
        assertThat(resolver.resolveTarget(GenericCommandMessage.asCommandMessage(new NotARecord())).getIdentifier())
                .isEqualTo("famille-1");
    }

    @Test
    void aMissingIdentifierIsRefusedAsAxonRefusesIt() {
        ChangeReservations withoutSlot = new ChangeReservations(null, "RS", LocalDate.of(2027, 2, 1), "enfant-1",
                List.of());

        assertThatThrownBy(() -> resolver.resolveTarget(GenericCommandMessage.asCommandMessage(withoutSlot)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("It does not identify the target aggregate");
    }
}

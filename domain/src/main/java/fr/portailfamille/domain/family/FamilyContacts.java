package fr.portailfamille.domain.family;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.account.AccountId;
import fr.portailfamille.api.family.AddressChanged;
import fr.portailfamille.api.family.AllocataireChanged;
import fr.portailfamille.api.family.ChangeAddress;
import fr.portailfamille.api.family.ChangeAllocataire;
import fr.portailfamille.api.family.FamilyCreated;
import fr.portailfamille.api.family.LoginEmailChanged;
import fr.portailfamille.api.family.ParentRank;
import fr.portailfamille.api.family.ResponsibleAdult;
import fr.portailfamille.api.family.ResponsibleAdultUpdated;
import fr.portailfamille.api.family.UpdateResponsibleAdult;

/** « Mes coordonnées »: the responsible adults, the address and the CAF/MSA data of a family. */
class FamilyContacts {
    private final Map<ParentRank, ResponsibleAdultUpdated> adults = new EnumMap<>(ParentRank.class);
    private AddressChanged address;
    private AllocataireChanged allocataire;

    @CommandHandler
    void handle(UpdateResponsibleAdult command) {
        String email = command.rank() == ParentRank.PARENT_1 ? loginEmail(command.email())
                : FamilyRules.optionalEmail(command.email());
        applyIfChanged(FamilyRules.adultUpdated(command, email), adults.get(command.rank()));
    }

    @CommandHandler
    void handle(ChangeAddress command) {
        applyIfChanged(FamilyRules.addressChanged(command), address);
    }

    @CommandHandler
    void handle(ChangeAllocataire command) {
        applyIfChanged(FamilyRules.allocataireChanged(command), allocataire);
    }

    /** Parent 1 may leave the login email out or repeat it, never change it: that is done at the structure. */
    private String loginEmail(String given) {
        String current = adults.get(ParentRank.PARENT_1).email();
        String email = FamilyRules.optionalEmail(given);
        if (email != null && !email.equals(current)) {
            throw new RuleViolation("EMAIL_CHANGED_BY_STAFF",
                    "La modification du mail doit se faire directement à la structure.");
        }
        return current;
    }

    private static void applyIfChanged(Object event, Object current) {
        if (!Objects.equals(event, current)) {
            apply(event);
        }
    }

    @EventSourcingHandler
    void on(FamilyCreated event) {
        ResponsibleAdult parent1 = event.parent1();
        adults.put(ParentRank.PARENT_1, new ResponsibleAdultUpdated(event.familyId(), ParentRank.PARENT_1,
                parent1.civility(), parent1.firstName(), parent1.lastName(),
                AccountId.normalizeEmail(parent1.email()), null, parent1.mobile(), null));
    }

    @EventSourcingHandler
    void on(ResponsibleAdultUpdated event) {
        adults.put(event.rank(), event);
    }

    @EventSourcingHandler
    void on(LoginEmailChanged event) {
        ResponsibleAdultUpdated parent1 = adults.get(ParentRank.PARENT_1);
        adults.put(ParentRank.PARENT_1, new ResponsibleAdultUpdated(parent1.familyId(), parent1.rank(),
                parent1.civility(), parent1.firstName(), parent1.lastName(), event.email(), parent1.homePhone(),
                parent1.mobile(), parent1.workPhone()));
    }

    @EventSourcingHandler
    void on(AddressChanged event) {
        address = event;
    }

    @EventSourcingHandler
    void on(AllocataireChanged event) {
        allocataire = event;
    }
}

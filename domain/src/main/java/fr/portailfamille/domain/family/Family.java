package fr.portailfamille.domain.family;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.family.AddChild;
import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.api.family.ChildId;
import fr.portailfamille.api.family.CreateFamily;
import fr.portailfamille.api.family.FamilyCreated;
import fr.portailfamille.api.family.FamilyId;

/** A family dossier (foyer): its responsible adults and children. */
public class Family {
    @AggregateIdentifier
    private String familyId;
    private Map<String, ChildAdded> children = new HashMap<>();

    protected Family() {
    }

    @CommandHandler
    public Family(CreateFamily command) {
        new FamilyId(command.familyId());
        FamilyRules.requireWellFormed(command.parent1());
        if (command.quotient() != null && command.quotient() < 0) {
            throw new IllegalArgumentException("a quotient familial cannot be negative");
        }
        apply(new FamilyCreated(command.familyId(), command.parent1(), command.quotient()));
    }

    @CommandHandler
    public void handle(AddChild command) {
        new ChildId(command.childId());
        FamilyRules.requireWellFormed(command);
        ChildAdded child = new ChildAdded(familyId, command.childId(), command.firstName().trim(),
                command.lastName().trim(), command.birthDate(), command.sex());
        ChildAdded known = children.get(command.childId());
        if (child.equals(known)) {
            return;
        }
        if (known != null) {
            throw new RuleViolation("CHILD_EXISTS", "Cet enfant est déjà enregistré.");
        }
        apply(child);
    }

    @EventSourcingHandler
    void on(FamilyCreated event) {
        this.familyId = event.familyId();
    }

    @EventSourcingHandler
    void on(ChildAdded event) {
        children.put(event.childId(), event);
    }
}

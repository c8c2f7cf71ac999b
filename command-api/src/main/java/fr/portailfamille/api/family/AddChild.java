package fr.portailfamille.api.family;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddChild(@TargetAggregateIdentifier String familyId, String childId, String firstName, String lastName,
                       LocalDate birthDate, Sex sex) {
}

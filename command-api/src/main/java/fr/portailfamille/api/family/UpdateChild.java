package fr.portailfamille.api.family;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A parent or staff correct a child's identity and schooling (« Modifier mes informations »). */
public record UpdateChild(@TargetAggregateIdentifier String familyId, String childId, String firstName,
                          String lastName, LocalDate birthDate, Sex sex, String school, String schoolClass) {
}

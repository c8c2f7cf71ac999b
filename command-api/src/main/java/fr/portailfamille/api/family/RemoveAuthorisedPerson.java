package fr.portailfamille.api.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** This person may no longer collect the child. */
public record RemoveAuthorisedPerson(@TargetAggregateIdentifier String familyId, String childId, String personId) {
}

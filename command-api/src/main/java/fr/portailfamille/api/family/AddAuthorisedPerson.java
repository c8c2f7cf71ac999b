package fr.portailfamille.api.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Someone who may collect the child. */
public record AddAuthorisedPerson(@TargetAggregateIdentifier String familyId, String childId, String personId,
                                  String name, String relation, String phone) {
}

package fr.portailfamille.api.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Contact details of Parent 1 or Parent 2; Parent 1's email is the login, changed by staff only. */
public record UpdateResponsibleAdult(@TargetAggregateIdentifier String familyId, ParentRank rank, String civility,
                                     String firstName, String lastName, String email, String homePhone,
                                     String mobile, String workPhone) {
}

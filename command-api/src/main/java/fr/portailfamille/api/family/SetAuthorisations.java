package fr.portailfamille.api.family;

import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The seven authorisations of a child, all answered (oui: true, non: false). */
public record SetAuthorisations(@TargetAggregateIdentifier String familyId, String childId,
                                Map<Authorisation, Boolean> answers) {
}

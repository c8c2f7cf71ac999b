package fr.portailfamille.api.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The foyer's postal address. */
public record ChangeAddress(@TargetAggregateIdentifier String familyId, String street, String postalCode,
                            String city) {
}

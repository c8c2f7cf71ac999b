package fr.portailfamille.api.family;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff record the family's quotient familial from an attestation, valid from one date until another. */
public record SetQuotientFamilial(@TargetAggregateIdentifier String familyId, int quotient, LocalDate validFrom,
                                  LocalDate validUntil) {
}

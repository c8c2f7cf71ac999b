package fr.portailfamille.api.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The parent's answers to the two GDPR consents; a changed answer gives or withdraws that consent. */
public record RecordConsents(@TargetAggregateIdentifier String familyId, boolean personalData, boolean medicalData) {
}

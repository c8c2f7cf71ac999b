package fr.portailfamille.api.family;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DossierReviewed(String familyId, String schoolYear) implements FamilyEvent {
}

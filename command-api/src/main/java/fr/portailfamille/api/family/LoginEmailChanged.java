package fr.portailfamille.api.family;

import org.axonframework.serialization.Revision;

@Revision("1")
public record LoginEmailChanged(String familyId, String previousEmail, String email) implements FamilyEvent {
}

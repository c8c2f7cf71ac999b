package fr.portailfamille.api.family;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ConsentWithdrawn(String familyId, ConsentKind consent) implements FamilyEvent {
}

package fr.portailfamille.api.family;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ConsentGiven(String familyId, ConsentKind consent) implements FamilyEvent {
}

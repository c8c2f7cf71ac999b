package fr.portailfamille.api.family;

import org.axonframework.serialization.Revision;

@Revision("1")
public record FamilyCreated(String familyId, ResponsibleAdult parent1, Integer quotient) implements FamilyEvent {
}

package fr.portailfamille.api.family;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AllocataireChanged(String familyId, String allocataireName, AllocataireRegime regime,
                                 String allocataireNumber) implements FamilyEvent {
}

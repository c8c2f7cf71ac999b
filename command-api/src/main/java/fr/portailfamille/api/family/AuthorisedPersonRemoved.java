package fr.portailfamille.api.family;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AuthorisedPersonRemoved(String familyId, String childId, String personId) implements ChildEvent {
}

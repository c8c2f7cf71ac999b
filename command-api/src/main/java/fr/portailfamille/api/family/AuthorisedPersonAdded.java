package fr.portailfamille.api.family;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AuthorisedPersonAdded(String familyId, String childId, String personId, String name, String relation,
                                    String phone) implements ChildEvent {
}

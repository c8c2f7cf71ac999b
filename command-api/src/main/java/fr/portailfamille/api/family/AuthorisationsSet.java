package fr.portailfamille.api.family;

import java.util.Map;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AuthorisationsSet(String familyId, String childId, Map<Authorisation, Boolean> answers)
        implements ChildEvent {
}

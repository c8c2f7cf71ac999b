package fr.portailfamille.api.family;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ResponsibleAdultUpdated(String familyId, ParentRank rank, String civility, String firstName,
                                      String lastName, String email, String homePhone, String mobile,
                                      String workPhone) implements FamilyEvent {
}

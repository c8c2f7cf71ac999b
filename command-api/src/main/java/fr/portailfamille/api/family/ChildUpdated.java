package fr.portailfamille.api.family;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ChildUpdated(String familyId, String childId, String firstName, String lastName, LocalDate birthDate,
                           Sex sex, String school, String schoolClass) implements ChildEvent {
}

package fr.portailfamille.api.family;

import java.time.LocalDate;

public record ChildSummary(String childId, String familyId, String firstName, String lastName, LocalDate birthDate,
                           Sex sex) {
    public String fullName() {
        return firstName + " " + lastName;
    }
}

package fr.portailfamille.api.reservation;

import java.util.List;

public record ChildCareNotes(String childId, List<String> allergies, boolean pai, List<String> authorisedPersons) {
}

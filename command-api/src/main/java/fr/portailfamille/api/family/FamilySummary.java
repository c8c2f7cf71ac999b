package fr.portailfamille.api.family;

import java.util.List;

/** A row of the staff's families list. */
public record FamilySummary(String familyId, String name, String email, List<String> childNames) {
}

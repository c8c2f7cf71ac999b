package fr.portailfamille.domain.family;

import java.time.LocalDate;

import fr.portailfamille.api.account.AccountId;
import fr.portailfamille.api.family.AddChild;
import fr.portailfamille.api.family.ResponsibleAdult;

/** What a well-formed dossier entry looks like; a malformed one is refused before anything is recorded. */
final class FamilyRules {
    private static final LocalDate OLDEST_BIRTH_DATE = LocalDate.of(1990, 1, 1);

    private FamilyRules() {
    }

    static void requireWellFormed(ResponsibleAdult adult) {
        if (adult == null || isBlank(adult.firstName()) || isBlank(adult.lastName())) {
            throw new IllegalArgumentException("a responsible adult needs a first and last name");
        }
        if (!AccountId.isValidEmail(adult.email())) {
            throw new IllegalArgumentException("a responsible adult needs a valid email");
        }
    }

    static void requireWellFormed(AddChild child) {
        if (isBlank(child.firstName()) || isBlank(child.lastName())) {
            throw new IllegalArgumentException("a child needs a first and last name");
        }
        if (child.firstName().length() > 100 || child.lastName().length() > 100) {
            throw new IllegalArgumentException("a name is at most 100 characters");
        }
        if (child.birthDate() == null || child.birthDate().isBefore(OLDEST_BIRTH_DATE)) {
            throw new IllegalArgumentException("a child needs a plausible birth date");
        }
        if (child.sex() == null) {
            throw new IllegalArgumentException("a child's sex is F or M");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

package fr.portailfamille.domain.family;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

import fr.portailfamille.api.account.AccountId;
import fr.portailfamille.api.family.AddAuthorisedPerson;
import fr.portailfamille.api.family.AddChild;
import fr.portailfamille.api.family.AddressChanged;
import fr.portailfamille.api.family.AllocataireChanged;
import fr.portailfamille.api.family.AuthorisedPersonAdded;
import fr.portailfamille.api.family.Authorisation;
import fr.portailfamille.api.family.ChangeAddress;
import fr.portailfamille.api.family.ChangeAllocataire;
import fr.portailfamille.api.family.ChildUpdated;
import fr.portailfamille.api.family.MedicalDossier;
import fr.portailfamille.api.family.ResponsibleAdult;
import fr.portailfamille.api.family.ResponsibleAdultUpdated;
import fr.portailfamille.api.family.SetQuotientFamilial;
import fr.portailfamille.api.family.Sex;
import fr.portailfamille.api.family.UpdateChild;
import fr.portailfamille.api.family.UpdateResponsibleAdult;

/**
 * What a well-formed dossier entry looks like; a malformed one is refused ({@link IllegalArgumentException}) before
 * anything is recorded. Texts are trimmed, and an optional text left blank is recorded as absent (null).
 */
final class FamilyRules {
    private static final LocalDate OLDEST_BIRTH_DATE = LocalDate.of(1990, 1, 1);
    private static final Pattern PHONE = Pattern.compile("^[0-9+() .-]{6,20}$");
    private static final Pattern POSTAL_CODE = Pattern.compile("^[0-9]{5}$");
    private static final Pattern ALLOCATAIRE_NUMBER = Pattern.compile("^[A-Za-z0-9]{1,20}$");
    private static final int NAME = 100;
    private static final int MEDICAL_TEXT = 2000;
    private static final int HIGHEST_QUOTIENT = 100_000;

    private FamilyRules() {
    }

    static void requireWellFormed(ResponsibleAdult adult) {
        if (adult == null || isBlank(adult.firstName()) || isBlank(adult.lastName())) {
            throw new IllegalArgumentException("Un responsable légal a un prénom et un nom.");
        }
        if (!AccountId.isValidEmail(adult.email())) {
            throw new IllegalArgumentException("Un responsable légal a une adresse e-mail valide.");
        }
    }

    static void requireWellFormed(AddChild child) {
        childIdentity(child.firstName(), child.lastName(), child.birthDate(), child.sex());
    }

    static void requireWellFormed(SetQuotientFamilial command) {
        if (command.quotient() < 0 || command.quotient() > HIGHEST_QUOTIENT) {
            throw new IllegalArgumentException("Le quotient familial est compris entre 0 et " + HIGHEST_QUOTIENT + ".");
        }
        if (command.validFrom() == null || command.validUntil() == null
                || command.validUntil().isBefore(command.validFrom())) {
            throw new IllegalArgumentException("Le quotient familial vaut d'une date jusqu'à une date postérieure.");
        }
    }

    static ChildUpdated childUpdated(UpdateChild command) {
        childIdentity(command.firstName(), command.lastName(), command.birthDate(), command.sex());
        return new ChildUpdated(command.familyId(), command.childId(), command.firstName().trim(),
                command.lastName().trim(), command.birthDate(), command.sex(), optional(command.school(), NAME),
                optional(command.schoolClass(), NAME));
    }

    /** Parent 1's email is the login, so it stays what the dossier holds; Parent 2's is optional. */
    static ResponsibleAdultUpdated adultUpdated(UpdateResponsibleAdult command, String email) {
        if (command.rank() == null) {
            throw new IllegalArgumentException("Quel responsable : PARENT_1 ou PARENT_2.");
        }
        return new ResponsibleAdultUpdated(command.familyId(), command.rank(), required(command.civility(), 10),
                required(command.firstName(), NAME), required(command.lastName(), NAME), email,
                phone(command.homePhone()), phone(command.mobile()), phone(command.workPhone()));
    }

    static String optionalEmail(String email) {
        if (isBlank(email)) {
            return null;
        }
        return AccountId.normalizeEmail(email);
    }

    static AddressChanged addressChanged(ChangeAddress command) {
        String postalCode = required(command.postalCode(), 5);
        if (!POSTAL_CODE.matcher(postalCode).matches()) {
            throw new IllegalArgumentException("Un code postal a cinq chiffres.");
        }
        return new AddressChanged(command.familyId(), required(command.street(), 200), postalCode,
                required(command.city(), NAME));
    }

    static AllocataireChanged allocataireChanged(ChangeAllocataire command) {
        if (command.regime() == null) {
            throw new IllegalArgumentException("Le régime est CAF, MSA ou OTHER.");
        }
        String number = optional(command.allocataireNumber(), 20);
        if (number != null && !ALLOCATAIRE_NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("Un numéro allocataire n'a que des lettres et des chiffres.");
        }
        return new AllocataireChanged(command.familyId(), optional(command.allocataireName(), NAME),
                command.regime(), number);
    }

    /** All seven authorisations answered, oui or non. */
    static Map<Authorisation, Boolean> answers(Map<Authorisation, Boolean> answers) {
        if (answers == null || answers.size() != Authorisation.values().length
                || answers.values().stream().anyMatch(answer -> answer == null)) {
            throw new IllegalArgumentException("Chacune des sept autorisations est répondue par oui ou non.");
        }
        return new EnumMap<>(answers);
    }

    static AuthorisedPersonAdded personAdded(AddAuthorisedPerson command) {
        String personId = required(command.personId(), 80);
        String phone = phone(command.phone());
        if (phone == null) {
            throw new IllegalArgumentException("Une personne autorisée a un numéro de téléphone.");
        }
        return new AuthorisedPersonAdded(command.familyId(), command.childId(), personId,
                required(command.name(), NAME), optional(command.relation(), 60), phone);
    }

    static MedicalDossier medicalDossier(MedicalDossier dossier) {
        if (dossier == null) {
            throw new IllegalArgumentException("Le dossier médical est obligatoire.");
        }
        return new MedicalDossier(medical(dossier.doctor()), medical(dossier.allergies()), medical(dossier.pai()),
                medical(dossier.diet()), medical(dossier.vaccinations()), medical(dossier.notes()));
    }

    private static void childIdentity(String firstName, String lastName, LocalDate birthDate, Sex sex) {
        if (isBlank(firstName) || isBlank(lastName)) {
            throw new IllegalArgumentException("Un enfant a un prénom et un nom.");
        }
        if (firstName.length() > NAME || lastName.length() > NAME) {
            throw new IllegalArgumentException("Un nom a au plus " + NAME + " caractères.");
        }
        if (birthDate == null || birthDate.isBefore(OLDEST_BIRTH_DATE)) {
            throw new IllegalArgumentException("La date de naissance de l'enfant n'est pas plausible.");
        }
        if (sex == null) {
            throw new IllegalArgumentException("Le sexe de l'enfant est F ou M.");
        }
    }

    private static String medical(String text) {
        String value = text == null ? "" : text.trim();
        if (value.length() > MEDICAL_TEXT) {
            throw new IllegalArgumentException("Un champ médical a au plus " + MEDICAL_TEXT + " caractères.");
        }
        return value;
    }

    private static String phone(String phone) {
        String value = optional(phone, 20);
        if (value != null && !PHONE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "Un numéro de téléphone n'a que des chiffres, des espaces et + ( ) . -");
        }
        return value;
    }

    private static String required(String text, int maxLength) {
        String value = optional(text, maxLength);
        if (value == null) {
            throw new IllegalArgumentException("Un champ obligatoire est vide.");
        }
        return value;
    }

    private static String optional(String text, int maxLength) {
        if (isBlank(text)) {
            return null;
        }
        if (text.trim().length() > maxLength) {
            throw new IllegalArgumentException("Un champ a au plus " + maxLength + " caractères.");
        }
        return text.trim();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

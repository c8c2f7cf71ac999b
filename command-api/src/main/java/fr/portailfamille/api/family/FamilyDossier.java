package fr.portailfamille.api.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A family's dossier as « Ma famille » and « Mes coordonnées » show it. Medical dossiers stay sealed here: only
 * the holder of the family key can read them.
 */
public record FamilyDossier(String familyId, String loginEmail, List<Adult> parents, Address address,
                            Allocataire allocataire, Integer initialQuotient, List<QuotientPeriod> quotients,
                            boolean personalDataConsent, boolean medicalDataConsent, List<String> reviewedYears,
                            List<Child> children) {

    public record Adult(ParentRank rank, String civility, String firstName, String lastName, String email,
                        String homePhone, String mobile, String workPhone) {
        /** « Mme Camille Martin ». */
        public String fullName() {
            return civility + " " + firstName + " " + lastName;
        }
    }

    public record Address(String street, String postalCode, String city) {
    }

    public record Allocataire(String allocataireName, AllocataireRegime regime, String allocataireNumber) {
    }

    public record QuotientPeriod(int quotient, LocalDate validFrom, LocalDate validUntil) {
        public boolean covers(LocalDate date) {
            return !date.isBefore(validFrom) && !date.isAfter(validUntil);
        }
    }

    public record Child(String childId, String firstName, String lastName, LocalDate birthDate, Sex sex,
                        String school, String schoolClass, Map<Authorisation, Boolean> authorisations,
                        List<AuthorisedPerson> authorisedPersons, SealedMedicalDossier medical) {
    }

    public record AuthorisedPerson(String personId, String name, String relation, String phone) {
    }

    /** The fields of {@link MedicalDossierRecorded}, still sealed with the family key {@code keyId}. */
    public record SealedMedicalDossier(String keyId, String doctor, String allergies, String pai, String diet,
                                       String vaccinations, String notes) {
    }

    /** The attestation that applies on this date: the last one recorded that covers it, if any. */
    public QuotientPeriod quotientOn(LocalDate date) {
        for (int i = quotients.size() - 1; i >= 0; i--) {
            if (quotients.get(i).covers(date)) {
                return quotients.get(i);
            }
        }
        return null;
    }

    /** The quotient familial that applies on this date, else the one given when the family was created. */
    public Integer quotientValueOn(LocalDate date) {
        QuotientPeriod period = quotientOn(date);
        return period != null ? Integer.valueOf(period.quotient()) : initialQuotient;
    }

    /** Parent 1, by whom staff know the family. */
    public Adult parent1() {
        return parents.stream().filter(adult -> adult.rank() == ParentRank.PARENT_1).findFirst().orElse(null);
    }

    public boolean reviewedFor(DossierYear year) {
        return reviewedYears.contains(year.value());
    }
}

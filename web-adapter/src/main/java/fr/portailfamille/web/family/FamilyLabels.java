package fr.portailfamille.web.family;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.portailfamille.api.family.AllocataireRegime;
import fr.portailfamille.api.family.Authorisation;
import fr.portailfamille.api.family.ParentRank;
import fr.portailfamille.api.family.Sex;
import fr.portailfamille.web.config.ClockConfiguration;
import fr.portailfamille.web.pages.Formats;

/** The dossier's words as families know them from the old portal: {@code ${@familyLabels.authorisation(a)}}. */
@Component("familyLabels")
public class FamilyLabels {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Formats.FRENCH);

    /** The authorisations in the order of the seed's dossier. */
    public List<Authorisation> authorisations() {
        return List.of(Authorisation.values());
    }

    public String authorisation(Authorisation authorisation) {
        return switch (authorisation) {
            case OUTINGS -> "Sorties extérieures";
            case IMAGE_PUBLICATION -> "Publication d'images";
            case CAF_CONSULTATION -> "Consultation CAF";
            case EMERGENCY_MEDICAL_CARE -> "Autorisation médicale";
            case GO_HOME_ALONE -> "Rentrer seul(e)";
            case SCHOOL_TRANSPORT -> "Transport scolaire";
            case MULTISPORT -> "Multisport";
        };
    }

    public String regime(AllocataireRegime regime) {
        return switch (regime) {
            case CAF -> "CAF";
            case MSA -> "MSA";
            case OTHER -> "Autre régime";
        };
    }

    public String parent(ParentRank rank) {
        return rank == ParentRank.PARENT_1 ? "Parent 1 - Responsable du foyer" : "Parent 2";
    }

    public String sex(Sex sex) {
        return sex == Sex.F ? "Féminin" : "Masculin";
    }

    public String bornOn(Sex sex) {
        return sex == Sex.F ? "Née le" : "Né le";
    }

    /** An instant as people in the commune read it: {@code 08/12/2026 08:00}. */
    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(ClockConfiguration.PARIS));
    }

    public String yesNo(Boolean answer) {
        if (answer == null) {
            return "non renseigné";
        }
        return answer ? "oui" : "non";
    }
}

package fr.portailfamille.web.pages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import fr.portailfamille.api.catalogue.ActivityType;
import fr.portailfamille.api.document.DocumentKind;
import fr.portailfamille.api.document.DocumentStatus;
import fr.portailfamille.api.enrolment.EnrolmentStatus;

/** The French words of enrolments and documents, as families know them: {@code ${@libelles.status(s)}}. */
@Component("libelles")
public class EnrolmentLabels {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm",
            Formats.FRENCH).withZone(ZoneId.of("Europe/Paris"));

    public String status(EnrolmentStatus status) {
        return switch (status) {
            case PENDING -> "Inscription en attente de validation";
            case VALIDATED -> "Inscription validée";
            case REJECTED -> "Inscription refusée";
            case ENDED -> "Désinscription";
        };
    }

    public String documentKind(DocumentKind kind) {
        return switch (kind) {
            case FICHE_SANITAIRE -> "Fiche sanitaire de liaison";
            case ASSURANCE_RESPONSABILITE_CIVILE -> "Attestation d'assurance responsabilité civile";
            case ASSURANCE_INDIVIDUELLE_ACCIDENT -> "Attestation d'assurance individuelle accident";
        };
    }

    public String documentStatus(DocumentStatus status) {
        return switch (status) {
            case MISSING -> "À fournir";
            case SENT -> "Envoyé, en attente de vérification";
            case RECEIVED -> "Reçu";
            case REFUSED -> "Refusé, à renvoyer";
        };
    }

    public String activityType(ActivityType type) {
        return switch (type) {
            case PERISCOLAIRE -> "Périscolaire";
            case EXTRASCOLAIRE -> "Extrascolaire";
            case RESTAURATION -> "Restauration";
        };
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A file size as people read it: « 120 ko », « 2,4 Mo ». */
    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " ko";
        }
        return String.format(Formats.FRENCH, "%.1f Mo", bytes / (1024.0 * 1024.0));
    }
}

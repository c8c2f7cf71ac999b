package fr.portailfamille.query.history;

import java.util.Map;
import java.util.stream.Collectors;

/** A short French sentence per event type, then its details in French, as auditors and staff read the history. */
final class HistoryDescriptions {
    private static final Map<String, String> SENTENCES = Map.ofEntries(
            Map.entry("ServiceDefined", "Structure définie"),
            Map.entry("ActivityDefined", "Activité définie"),
            Map.entry("UnitDefined", "Unité définie"),
            Map.entry("PeriodOpened", "Période d'inscription ouverte"),
            Map.entry("SchoolYearDefined", "Année scolaire définie"),
            Map.entry("SchoolHolidaysDeclared", "Vacances scolaires déclarées"),
            Map.entry("PublicHolidayDeclared", "Jour férié déclaré"),
            Map.entry("ClosureDayDeclared", "Jour de fermeture déclaré"),
            Map.entry("ClosureDayWithdrawn", "Jour de fermeture retiré"),
            Map.entry("AccountRegistered", "Compte créé"),
            Map.entry("FamilyCreated", "Dossier famille créé"),
            Map.entry("ChildAdded", "Enfant ajouté au dossier"),
            Map.entry("QuotientFamilialSet", "Quotient familial enregistré"),
            Map.entry("EnrolmentRequested", "Demande d'inscription enregistrée"),
            Map.entry("EnrolmentValidated", "Inscription validée"),
            Map.entry("EnrolmentRejected", "Inscription refusée"),
            Map.entry("EnrolmentEnded", "Désinscription"),
            Map.entry("ReservationRequested", "Demande de réservation envoyée"),
            Map.entry("ReservationWaitlisted", "Demande de réservation en liste d'attente"),
            Map.entry("ReservationValidated", "Réservation validée"),
            Map.entry("ReservationRejected", "Demande de réservation refusée"),
            Map.entry("ReservationWithdrawn", "Demande de réservation retirée"),
            Map.entry("CancellationRequested", "Demande d'annulation envoyée"),
            Map.entry("ReservationCancelled", "Réservation annulée"),
            Map.entry("WaitlistedReservationPromoted", "Place libérée : demande sortie de la liste d'attente"),
            Map.entry("AttendanceRecorded", "Présence relevée"),
            Map.entry("DeadlineOverridden", "Modification par le service après le délai"),
            Map.entry("InvoiceIssued", "Facture émise"),
            Map.entry("MonthClosed", "Mois clôturé"),
            Map.entry("CreditNoteIssued", "Avoir émis"),
            Map.entry("CreditNoteApplied", "Avoir déduit d'une facture"),
            Map.entry("ParentAccountOpened", "Compte parent ouvert"),
            Map.entry("ActivationTokenIssued", "Lien d'activation envoyé"),
            Map.entry("AccountActivated", "Compte activé"),
            Map.entry("AccountClosed", "Compte fermé"),
            Map.entry("AccountLocked", "Compte bloqué après des échecs de connexion"),
            Map.entry("LoginSucceeded", "Connexion"),
            Map.entry("LoginFailed", "Échec de connexion"),
            Map.entry("LoginEmailChanged", "Identifiant de connexion changé"),
            Map.entry("ResponsibleAdultUpdated", "Coordonnées d'un responsable modifiées"),
            Map.entry("AddressChanged", "Adresse modifiée"),
            Map.entry("AllocataireChanged", "Données CAF/MSA modifiées"),
            Map.entry("ChildUpdated", "Informations de l'enfant modifiées"),
            Map.entry("AuthorisationsSet", "Autorisations enregistrées"),
            Map.entry("AuthorisedPersonAdded", "Personne autorisée ajoutée"),
            Map.entry("AuthorisedPersonRemoved", "Personne autorisée retirée"),
            Map.entry("MedicalDossierRecorded", "Dossier médical enregistré (contenu chiffré)"),
            Map.entry("ConsentGiven", "Autorisation RGPD donnée"),
            Map.entry("ConsentWithdrawn", "Autorisation RGPD retirée"),
            Map.entry("DossierReviewed", "Dossier vérifié et corrigé"),
            Map.entry("DocumentUploaded", "Document transmis"),
            Map.entry("DocumentReceived", "Document reçu par le service"),
            Map.entry("DocumentRefused", "Document refusé"),
            Map.entry("FormPublished", "Formulaire publié"),
            Map.entry("FormWithdrawn", "Formulaire retiré"));

    private HistoryDescriptions() {
    }

    static String describe(String type, Map<String, Object> details) {
        String sentence = SENTENCES.getOrDefault(type, type);
        if (details.isEmpty()) {
            return sentence;
        }
        return sentence + " (" + details.entrySet().stream()
                .map(detail -> EventFacts.DETAIL_LABELS.get(detail.getKey()) + " : "
                        + DetailValues.format(type, detail.getKey(), detail.getValue()))
                .collect(Collectors.joining(", ")) + ")";
    }
}

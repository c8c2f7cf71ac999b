package fr.portailfamille.web.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.document.SubmittedDocument;
import fr.portailfamille.api.enrolment.EnrolmentStatus;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.web.documents.FamilyDocumentService;
import fr.portailfamille.web.documents.FormService;
import fr.portailfamille.web.enrolment.EnrolmentService;
import fr.portailfamille.web.problem.ApiException;
import fr.portailfamille.web.security.PortailUser;

/**
 * The service enfance's work: « Inscriptions à valider » (with each family's missing documents) and « Documents à
 * vérifier » (with the forms offered to families). A decision sent by htmx answers the part of the page it
 * replaces; without JavaScript the page comes back with a message.
 */
@Controller
public class StaffPageController {
    private static final String ENROLMENTS_PAGE = "/personnel/inscriptions";
    private static final String DOCUMENTS_PAGE = "/personnel/documents";

    private final EnrolmentService enrolments;
    private final FamilyDocumentService documents;
    private final FormService forms;
    private final FamilyEnrolmentPages family;

    public StaffPageController(EnrolmentService enrolments, FamilyDocumentService documents, FormService forms,
                               FamilyEnrolmentPages family) {
        this.enrolments = enrolments;
        this.documents = documents;
        this.forms = forms;
        this.family = family;
    }

    @GetMapping(ENROLMENTS_PAGE)
    public String enrolmentQueue(@AuthenticationPrincipal PortailUser user, Model model) {
        model.addAttribute("queue", enrolments.queue(user, EnrolmentStatus.PENDING));
        return "personnel-inscriptions";
    }

    @PostMapping(ENROLMENTS_PAGE + "/{enrolmentId}/valider")
    public String validate(@AuthenticationPrincipal PortailUser user, @PathVariable String enrolmentId,
                           @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                           RedirectAttributes redirect) {
        return decide(() -> enrolments.validate(user, enrolmentId), "Inscription validée.", ENROLMENTS_PAGE,
                htmx != null, model, redirect);
    }

    @PostMapping(ENROLMENTS_PAGE + "/{enrolmentId}/refuser")
    public String reject(@AuthenticationPrincipal PortailUser user, @PathVariable String enrolmentId,
                         @RequestParam(name = "motif", required = false) String reason,
                         @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                         RedirectAttributes redirect) {
        return decide(() -> enrolments.reject(user, enrolmentId, reason), "Inscription refusée.", ENROLMENTS_PAGE,
                htmx != null, model, redirect);
    }

    @GetMapping(DOCUMENTS_PAGE)
    public String documentsToCheck(@AuthenticationPrincipal PortailUser user, Model model) {
        List<SubmittedDocument> toCheck = documents.toCheck(user);
        Map<String, String> families = new HashMap<>();
        toCheck.forEach(document -> families.computeIfAbsent(document.familyId(), this::familyLabel));
        model.addAttribute("documents", toCheck);
        model.addAttribute("families", families);
        model.addAttribute("forms", forms.forms());
        return "personnel-documents";
    }

    @PostMapping(DOCUMENTS_PAGE + "/{documentId}/recu")
    public String receive(@AuthenticationPrincipal PortailUser user, @PathVariable String documentId,
                          @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                          RedirectAttributes redirect) {
        return decide(() -> documents.markReceived(user, documentId), "Document reçu.", DOCUMENTS_PAGE,
                htmx != null, model, redirect);
    }

    @PostMapping(DOCUMENTS_PAGE + "/{documentId}/refuser")
    public String refuse(@AuthenticationPrincipal PortailUser user, @PathVariable String documentId,
                         @RequestParam(name = "motif", required = false) String reason,
                         @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                         RedirectAttributes redirect) {
        return decide(() -> documents.refuse(user, documentId, reason), "Document refusé.", DOCUMENTS_PAGE,
                htmx != null, model, redirect);
    }

    @PostMapping("/personnel/formulaires")
    public String publish(@AuthenticationPrincipal PortailUser user,
                          @RequestParam(name = "titre", required = false) String title,
                          @RequestParam(name = "fichier", required = false) MultipartFile file, Model model,
                          RedirectAttributes redirect) {
        return decide(() -> forms.publish(user, title, file), "Le formulaire est proposé aux familles.",
                DOCUMENTS_PAGE, false, model, redirect);
    }

    @PostMapping("/personnel/formulaires/{formId}/retirer")
    public String withdraw(@AuthenticationPrincipal PortailUser user, @PathVariable String formId, Model model,
                           RedirectAttributes redirect) {
        return decide(() -> forms.withdraw(user, formId), "Le formulaire n'est plus proposé.", DOCUMENTS_PAGE,
                false, model, redirect);
    }

    /**
     * Runs a staff decision and tells how it went: the decision fragment for htmx (always 200, so that htmx shows
     * it), else a redirect to the page with the message. Access refusals are not caught: they are error pages.
     */
    private String decide(Runnable decision, String done, String page, boolean htmx, Model model,
                          RedirectAttributes redirect) {
        String message = done;
        boolean ok = true;
        try {
            decision.run();
        } catch (RuleViolation refused) {
            message = refused.getMessage();
            ok = false;
        } catch (ApiException refused) {
            if (refused.code().equals("FORBIDDEN")) {
                throw refused;
            }
            message = refused.getMessage();
            ok = false;
        } catch (IllegalArgumentException malformed) {
            message = "Indiquez le motif du refus (500 caractères au plus) ou le fichier et son titre.";
            ok = false;
        }
        if (htmx) {
            model.addAttribute("message", message);
            model.addAttribute("ok", ok);
            return "fragments/decision :: decision";
        }
        redirect.addFlashAttribute(ok ? "message" : "error", message);
        return "redirect:" + page;
    }

    /** « Famille de Léa et Hugo Martin »: how staff recognise a family without its dossier at hand. */
    private String familyLabel(String familyId) {
        List<ChildSummary> children = family.children(familyId);
        if (children.isEmpty()) {
            return familyId;
        }
        return "Famille de " + children.stream().map(ChildSummary::fullName).collect(Collectors.joining(", "));
    }
}

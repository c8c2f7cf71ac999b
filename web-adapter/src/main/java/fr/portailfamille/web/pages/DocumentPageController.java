package fr.portailfamille.web.pages;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.document.DocumentKind;
import fr.portailfamille.api.document.DocumentStatus;
import fr.portailfamille.api.document.FamilyDocumentsOverview;
import fr.portailfamille.web.documents.FamilyDocumentService;
import fr.portailfamille.web.documents.FormService;
import fr.portailfamille.web.problem.ApiException;
import fr.portailfamille.web.security.FamilyAccess.Intent;
import fr.portailfamille.web.security.PortailUser;

/** « Mes documents »: what to send, what was sent and where it stands, and the forms to download. */
@Controller
public class DocumentPageController {
    private final FamilyDocumentService documents;
    private final FormService forms;
    private final FamilyEnrolmentPages family;

    public DocumentPageController(FamilyDocumentService documents, FormService forms, FamilyEnrolmentPages family) {
        this.documents = documents;
        this.forms = forms;
        this.family = family;
    }

    @GetMapping("/documents")
    public String documents(@AuthenticationPrincipal PortailUser user,
                            @RequestParam(name = "famille", required = false) String familyId,
                            @RequestParam(name = "annee", required = false) String schoolYear, Model model) {
        String familyOf = family.familyOf(user, familyId, Intent.READ);
        List<String> years = family.schoolYears(family.childEnrolments(user, familyOf));
        String year = schoolYear == null || schoolYear.isBlank() ? years.get(years.size() - 1) : schoolYear;
        FamilyDocumentsOverview overview = documents.overview(user, familyOf, year);
        model.addAttribute("familyParam", familyOf);
        model.addAttribute("years", years);
        model.addAttribute("overview", overview);
        model.addAttribute("canSend", user.role() != Role.AUDITOR);
        model.addAttribute("kindsToSend", overview.required().stream()
                .filter(required -> required.status() != DocumentStatus.RECEIVED)
                .map(FamilyDocumentsOverview.RequiredDocument::kind).toList());
        model.addAttribute("forms", forms.forms());
        return "documents";
    }

    @PostMapping("/documents")
    public String send(@AuthenticationPrincipal PortailUser user,
                       @RequestParam(name = "famille", required = false) String familyId,
                       @RequestParam(name = "annee", required = false) String schoolYear,
                       @RequestParam(name = "document", required = false) DocumentKind kind,
                       @RequestParam(name = "fichier", required = false) MultipartFile file,
                       RedirectAttributes redirect) {
        String familyOf = family.familyOf(user, familyId, Intent.WRITE);
        try {
            documents.upload(user, familyOf, schoolYear, kind, file);
            redirect.addFlashAttribute("message", "Le document a bien été envoyé au service enfance.");
        } catch (RuleViolation | ApiException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        } catch (IllegalArgumentException malformed) {
            redirect.addFlashAttribute("error", "Choisissez le document et le fichier à envoyer.");
        }
        redirect.addAttribute("famille", familyOf);
        redirect.addAttribute("annee", schoolYear);
        return "redirect:/documents";
    }

    @GetMapping("/documents/{documentId}/fichier")
    public ResponseEntity<byte[]> file(@AuthenticationPrincipal PortailUser user, @PathVariable String documentId) {
        return documents.download(user, documentId);
    }

    @GetMapping("/formulaires/{formId}/fichier")
    public ResponseEntity<byte[]> form(@PathVariable String formId) {
        return forms.download(formId);
    }
}

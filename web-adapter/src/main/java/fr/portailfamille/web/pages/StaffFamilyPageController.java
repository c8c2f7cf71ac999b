package fr.portailfamille.web.pages;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.family.FamilyHistoryEntry;
import fr.portailfamille.api.family.FamilySummary;
import fr.portailfamille.api.family.FindFamilies;
import fr.portailfamille.api.family.FindFamilyHistory;
import fr.portailfamille.api.family.ResponsibleAdult;
import fr.portailfamille.api.family.SetQuotientFamilial;
import fr.portailfamille.web.family.FamilyAccounts;
import fr.portailfamille.web.family.FamilyCommands;
import fr.portailfamille.web.family.FamilyDossiers;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.FamilyAccess.Intent;
import fr.portailfamille.web.security.PortailUser;

/** The service enfance's side: the families list and search, a new family, quotient, login and history. */
@Controller
public class StaffFamilyPageController {
    private static final int LIST_LIMIT = 100;

    private final FamilyAccounts accounts;
    private final FamilyDossiers dossiers;
    private final FamilyCommands commands;
    private final QueryGateway queryGateway;
    private final FamilyAccess access;

    public StaffFamilyPageController(FamilyAccounts accounts, FamilyDossiers dossiers, FamilyCommands commands,
                                     QueryGateway queryGateway, FamilyAccess access) {
        this.accounts = accounts;
        this.dossiers = dossiers;
        this.commands = commands;
        this.queryGateway = queryGateway;
        this.access = access;
    }

    /** With htmx (a search as one types), only the results are sent back. */
    @GetMapping("/familles")
    public String families(@AuthenticationPrincipal PortailUser user,
                           @RequestParam(name = "recherche", defaultValue = "") String search,
                           @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        access.requireStaffOrAuditor(user);
        List<FamilySummary> families = queryGateway.query(new FindFamilies(search, LIST_LIMIT),
                ResponseTypes.multipleInstancesOf(FamilySummary.class)).join();
        model.addAttribute("families", families);
        model.addAttribute("search", search);
        model.addAttribute("truncated", families.size() == LIST_LIMIT);
        model.addAttribute("isStaff", user.isStaff());
        return htmx != null ? "familles :: resultats" : "familles";
    }

    @GetMapping("/familles/nouvelle")
    public String newFamily(@AuthenticationPrincipal PortailUser user) {
        access.requireStaff(user);
        return "famille-nouvelle";
    }

    @PostMapping("/familles/nouvelle")
    public String create(@AuthenticationPrincipal PortailUser user, @RequestParam String civility,
                         @RequestParam String firstName, @RequestParam String lastName, @RequestParam String email,
                         @RequestParam(required = false) String mobile,
                         @RequestParam(required = false) Integer quotient, Model model) {
        access.requireStaff(user);
        try {
            FamilyAccounts.NewFamily created = accounts.createFamily(new ResponsibleAdult(civility, firstName,
                    lastName, email, FamilyPages.blankToNull(mobile)), quotient);
            return activationLink(created.familyId(), created.activationToken(), model);
        } catch (RuleViolation refused) {
            model.addAttribute("erreur", refused.getMessage());
        } catch (IllegalArgumentException malformed) {
            model.addAttribute("erreur", FamilyPages.INVALID);
        }
        model.addAttribute("form", new ResponsibleAdult(civility, firstName, lastName, email, mobile));
        model.addAttribute("quotient", quotient);
        return "famille-nouvelle";
    }

    @PostMapping("/familles/{familyId}/quotient")
    public String quotient(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId,
                           @RequestParam int quotient,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
                           RedirectAttributes flash) {
        access.requireStaff(user);
        return FamilyPages.change(flash, "/familles/" + familyId + "#quotient",
                () -> commands.send(new SetQuotientFamilial(familyId, quotient, validFrom, validUntil)));
    }

    @PostMapping("/familles/{familyId}/identifiant")
    public String loginEmail(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId,
                             @RequestParam String email, Model model, RedirectAttributes flash) {
        access.requireStaff(user);
        return FamilyPages.attempt(flash, () -> accounts.changeLoginEmail(familyId, email))
                .map(token -> activationLink(familyId, token, model))
                .orElse("redirect:/familles/" + familyId + "#compte");
    }

    @PostMapping("/familles/{familyId}/lien-activation")
    public String newActivationLink(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId,
                                    Model model, RedirectAttributes flash) {
        access.requireStaff(user);
        return FamilyPages.attempt(flash, () -> accounts.issueActivationLink(familyId))
                .map(token -> activationLink(familyId, token, model))
                .orElse("redirect:/familles/" + familyId + "#compte");
    }

    @GetMapping("/familles/{familyId}/historique")
    public String history(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId, Model model) {
        access.requireFamily(user, familyId, Intent.READ);
        access.requireStaffOrAuditor(user);
        model.addAttribute("dossier", dossiers.dossier(familyId));
        model.addAttribute("history", queryGateway.query(new FindFamilyHistory(familyId),
                ResponseTypes.multipleInstancesOf(FamilyHistoryEntry.class)).join());
        return "historique-famille";
    }

    /** The link is shown this once: only its hash is kept. */
    private String activationLink(String familyId, String token, Model model) {
        model.addAttribute("familyId", familyId);
        model.addAttribute("dossier", dossiers.dossier(familyId));
        model.addAttribute("link", ServletUriComponentsBuilder.fromCurrentContextPath().path("/activation")
                .queryParam("token", token).toUriString());
        return "lien-activation";
    }
}

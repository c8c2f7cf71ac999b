package fr.portailfamille.web.pages;

import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.account.PendingActivation;
import fr.portailfamille.web.family.FamilyAccounts;
import jakarta.servlet.http.HttpServletResponse;

/** The page of the activation link: the parent chooses the password of their first login. */
@Controller
public class ActivationPageController {
    private final FamilyAccounts accounts;
    private final Clock clock;

    public ActivationPageController(FamilyAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/activation")
    public String form(@RequestParam(defaultValue = "") String token, Model model) {
        PendingActivation pending = accounts.pendingActivation(token)
                .filter(found -> found.expiresAt().isAfter(clock.instant())).orElse(null);
        model.addAttribute("token", token);
        model.addAttribute("pending", pending);
        return "activation";
    }

    @PostMapping("/activation")
    public String activate(@RequestParam String token, @RequestParam String password,
                           @RequestParam String confirmation, Model model, HttpServletResponse response) {
        if (!password.equals(confirmation)) {
            return refused("Les deux mots de passe saisis ne sont pas identiques.", token, model, response);
        }
        try {
            accounts.activate(token, password);
        } catch (RuleViolation refusal) {
            return refused(refusal.getMessage(), token, model, response);
        }
        model.addAttribute("activated", true);
        return "activation";
    }

    private String refused(String message, String token, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("erreur", message);
        return form(token, model);
    }
}

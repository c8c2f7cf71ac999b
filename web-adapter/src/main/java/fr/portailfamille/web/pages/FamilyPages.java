package fr.portailfamille.web.pages;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.web.security.PortailUser;

/** What the family dossier pages share: where a family's pages live and how a change reports back. */
final class FamilyPages {
    static final String SAVED = "Vos modifications sont enregistrées.";
    static final String INVALID = "Certaines valeurs ne sont pas valides : vérifiez les champs et recommencez.";

    private FamilyPages() {
    }

    /** A parent's own dossier is « Ma famille »; staff and auditors open a family from the list. */
    static String dossierPath(PortailUser user, String familyId) {
        return user.role() == Role.PARENT ? "/ma-famille" : "/familles/" + familyId;
    }

    /** Runs a change, then goes back to {@code path} saying whether it was saved or why not. */
    static String change(RedirectAttributes flash, String path, Runnable change) {
        attempt(flash, () -> {
            change.run();
            return null;
        });
        return "redirect:" + path;
    }

    /** Runs a change and answers its result; the next page says whether it was saved or why not. */
    static <T> Optional<T> attempt(RedirectAttributes flash, Supplier<T> change) {
        try {
            T result = change.get();
            flash.addFlashAttribute("succes", SAVED);
            return Optional.ofNullable(result);
        } catch (RuleViolation refused) {
            flash.addFlashAttribute("erreur", refused.getMessage());
        } catch (IllegalArgumentException malformed) {
            flash.addFlashAttribute("erreur", INVALID);
        }
        return Optional.empty();
    }

    static boolean yes(String answer) {
        return "oui".equals(answer);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

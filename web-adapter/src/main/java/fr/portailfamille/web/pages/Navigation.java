package fr.portailfamille.web.pages;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.portailfamille.api.Role;
import fr.portailfamille.web.security.PortailUser;
import jakarta.servlet.http.HttpServletRequest;

/** The portal's menu, as families know it from the old portal, showing only what works for this person. */
@ControllerAdvice(basePackages = "fr.portailfamille.web.pages")
public class Navigation {

    public record Item(String label, String href) {
    }

    @ModelAttribute("navigation")
    public List<Item> navigation(Authentication authentication) {
        List<Item> items = new ArrayList<>();
        if (authentication == null || !(authentication.getPrincipal() instanceof PortailUser user)) {
            return items;
        }
        items.add(new Item("Accueil", "/"));
        items.add(new Item(user.role() == Role.PARENT ? "Activités proposées" : "Catalogue", "/activites"));
        if (user.role() == Role.PARENT) {
            items.add(new Item("Mes réservations", "/reservations"));
        }
        if (user.role() == Role.STAFF) {
            items.add(new Item("Demandes à valider", "/service/demandes"));
            items.add(new Item("Appel du jour", "/service/appel"));
        }
        return items;
    }

    @ModelAttribute("currentPath")
    public String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("currentUser")
    public PortailUser currentUser(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof PortailUser user ? user : null;
    }
}

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
        if (user.role() == Role.PARENT) {
            items.add(new Item("Ma famille", "/ma-famille"));
            items.add(new Item("Mes coordonnées", "/mes-coordonnees"));
        } else {
            items.add(new Item("Familles", "/familles"));
        }
        items.add(new Item(user.role() == Role.PARENT ? "Activités proposées" : "Catalogue", "/activites"));
        if (user.role() == Role.PARENT) {
            items.add(new Item("Mes inscriptions", "/inscriptions"));
            items.add(new Item("Mes documents", "/documents"));
            items.add(new Item("Mes factures", "/factures"));
        }
        if (user.role() == Role.STAFF) {
            items.add(new Item("Inscriptions à valider", "/personnel/inscriptions"));
            items.add(new Item("Documents à vérifier", "/personnel/documents"));
        }
        if (user.role() != Role.PARENT) {
            items.add(new Item("Facturation", "/facturation"));
            items.add(new Item("Reconstruction des vues", "/admin/reconstruction"));
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

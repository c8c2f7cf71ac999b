package fr.portailfamille.web.pages;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

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
        switch (user.role()) {
            case PARENT -> items.addAll(List.of(
                    new Item("Ma famille", "/ma-famille"),
                    new Item("Mes coordonnées", "/mes-coordonnees"),
                    new Item("Mes inscriptions", "/inscriptions"),
                    new Item("Mes réservations", "/reservations"),
                    new Item("Mes documents", "/documents"),
                    new Item("Mes factures", "/factures"),
                    new Item("Activités proposées", "/activites")));
            case STAFF -> items.addAll(List.of(
                    new Item("Familles", "/familles"),
                    new Item("Inscriptions à valider", "/personnel/inscriptions"),
                    new Item("Demandes à valider", "/service/demandes"),
                    new Item("Appel du jour", "/service/appel"),
                    new Item("Documents à vérifier", "/personnel/documents"),
                    new Item("Facturation", "/facturation"),
                    new Item("Catalogue", "/activites"),
                    new Item("Reconstruction des vues", "/admin/reconstruction")));
            case AUDITOR -> items.addAll(List.of(
                    new Item("Familles", "/familles"),
                    new Item("Facturation", "/facturation"),
                    new Item("Catalogue", "/activites"),
                    new Item("Reconstruction des vues", "/admin/reconstruction")));
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

package fr.portailfamille.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class HomePageController {

    @GetMapping("/")
    public String home() {
        return "accueil";
    }

    @GetMapping("/connexion")
    public String login() {
        return "connexion";
    }
}

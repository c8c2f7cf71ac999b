package fr.portailfamille.web.pages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.portailfamille.web.replay.ReadModelRebuild;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.PortailUser;

/** « Reconstruction des vues »: start a rebuild and watch its progress (the fragment is polled by htmx). */
@Controller
@RequestMapping("/admin/reconstruction")
public class RebuildPageController {
    private final ReadModelRebuild rebuild;
    private final FamilyAccess access;

    public RebuildPageController(ReadModelRebuild rebuild, FamilyAccess access) {
        this.rebuild = rebuild;
        this.access = access;
    }

    @GetMapping
    public String page(@AuthenticationPrincipal PortailUser user, Model model) {
        access.requireStaffOrAuditor(user);
        model.addAttribute("rebuild", rebuild.status());
        return "reconstruction";
    }

    @GetMapping("/progression")
    public String progress(@AuthenticationPrincipal PortailUser user, Model model) {
        access.requireStaffOrAuditor(user);
        model.addAttribute("rebuild", rebuild.status());
        return "reconstruction :: progression";
    }

    @PostMapping
    public String start(@AuthenticationPrincipal PortailUser user, Model model) {
        access.requireStaff(user);
        model.addAttribute("rebuild", rebuild.start());
        return "reconstruction :: progression";
    }
}

package fr.portailfamille.web.pages;

import java.util.List;
import java.util.stream.Collectors;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.portailfamille.api.audit.HistorySubject;
import fr.portailfamille.api.catalogue.ActivitySummary;
import fr.portailfamille.api.catalogue.FindActivities;
import fr.portailfamille.api.family.ChildSummary;
import fr.portailfamille.web.api.HistoryCsv;
import fr.portailfamille.web.audit.AuditHistories;
import fr.portailfamille.web.security.PortailUser;

/** « Historique »: what happened to a family or a child, who did it and when, for auditors and staff. */
@Controller
@RequestMapping("/historique")
public class HistoryPageController {
    private final QueryGateway queryGateway;
    private final AuditHistories histories;

    public HistoryPageController(QueryGateway queryGateway, AuditHistories histories) {
        this.queryGateway = queryGateway;
        this.histories = histories;
    }

    @GetMapping("/enfants/{childId}")
    public String child(@AuthenticationPrincipal PortailUser user, @PathVariable String childId, Model model) {
        ChildSummary child = histories.readableChild(user, childId);
        model.addAttribute("title", "Historique de " + child.fullName());
        model.addAttribute("csv", "/historique/enfants/" + childId + "/export.csv");
        model.addAttribute("entries", histories.of(HistorySubject.CHILD, childId));
        addCatalogueLabels(model);
        return "historique";
    }

    @GetMapping("/familles/{familyId}")
    public String family(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId, Model model) {
        model.addAttribute("entries", histories.ofFamily(user, familyId));
        model.addAttribute("title", "Historique de la famille");
        model.addAttribute("csv", "/historique/familles/" + familyId + "/export.csv");
        addCatalogueLabels(model);
        return "historique";
    }

    /** The CSV of the page, for the signed-in session: the API's twin asks for HTTP Basic on every call. */
    @GetMapping("/enfants/{childId}/export.csv")
    public ResponseEntity<String> childCsv(@AuthenticationPrincipal PortailUser user, @PathVariable String childId) {
        return HistoryCsv.download("historique-" + childId, histories.ofChild(user, childId));
    }

    @GetMapping("/familles/{familyId}/export.csv")
    public ResponseEntity<String> familyCsv(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId) {
        return HistoryCsv.download("historique-" + familyId, histories.ofFamily(user, familyId));
    }

    /** The activities' and units' names, so that the page reads « Restaurant scolaire », not « RS ». */
    private void addCatalogueLabels(Model model) {
        List<ActivitySummary> activities = queryGateway.query(new FindActivities(),
                ResponseTypes.multipleInstancesOf(ActivitySummary.class)).join();
        model.addAttribute("activityLabels", activities.stream()
                .collect(Collectors.toMap(ActivitySummary::id, ActivitySummary::label)));
        model.addAttribute("unitLabels", activities.stream().flatMap(activity -> activity.units().stream())
                .collect(Collectors.toMap(ActivitySummary.Unit::id, ActivitySummary.Unit::label,
                        (first, same) -> first)));
    }
}

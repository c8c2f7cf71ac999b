package fr.portailfamille.web.pages;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.portailfamille.api.catalogue.ActivitySummary;
import fr.portailfamille.api.catalogue.FindActivities;

/** The activities, their units, opening days and tariffs. */
@Controller
public class CataloguePageController {
    private final QueryGateway queryGateway;

    public CataloguePageController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/activites")
    public String activities(Model model) {
        model.addAttribute("activities", queryGateway.query(new FindActivities(),
                ResponseTypes.multipleInstancesOf(ActivitySummary.class)).join());
        return "activites";
    }
}

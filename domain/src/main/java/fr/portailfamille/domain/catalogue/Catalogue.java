package fr.portailfamille.domain.catalogue;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import fr.portailfamille.api.catalogue.ActivityDefined;
import fr.portailfamille.api.catalogue.CatalogueEvent;
import fr.portailfamille.api.catalogue.DefineActivity;
import fr.portailfamille.api.catalogue.DefineService;
import fr.portailfamille.api.catalogue.DefineUnit;
import fr.portailfamille.api.catalogue.OpenPeriod;
import fr.portailfamille.api.catalogue.PeriodOpened;
import fr.portailfamille.api.catalogue.ServiceDefined;
import fr.portailfamille.api.catalogue.UnitDefined;

/**
 * The commune's one catalogue ({@code "catalogue"}): services, activities, units and periods. Its state is a
 * {@link CatalogueView}. Defining a known id again means "now defined as"; a definition identical to the current one
 * applies nothing.
 */
public class Catalogue {
    @AggregateIdentifier
    private String catalogueId;
    private CatalogueView view = CatalogueView.EMPTY;

    public Catalogue() {
        // for Axon and Jackson
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DefineService command) {
        WellFormed.catalogueId(command.catalogueId());
        WellFormed.text(command.serviceId(), "serviceId");
        WellFormed.text(command.label(), "label");
        applyIfItChangesSomething(new ServiceDefined(command.catalogueId(), command.serviceId(), command.label()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DefineActivity command) {
        ActivityDefinitionRule.check(command, view);
        applyIfItChangesSomething(new ActivityDefined(command.catalogueId(), command.activityId(),
                command.serviceId(), command.label(), command.type(), command.validationMode(),
                command.deadlineRule()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DefineUnit command) {
        UnitDefinitionRule.check(command, view);
        applyIfItChangesSomething(new UnitDefined(command.catalogueId(), command.activityId(), command.unitId(),
                command.label(), command.opening(), command.capacity(), command.requiresAnyOf(), command.excludes(),
                command.tariff()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenPeriod command) {
        PeriodDefinitionRule.check(command, view);
        applyIfItChangesSomething(new PeriodOpened(command.catalogueId(), command.activityId(), command.periodId(),
                command.label(), command.from(), command.to(), command.enrolmentFrom(), command.enrolmentTo()));
    }

    private void applyIfItChangesSomething(CatalogueEvent event) {
        if (!view.with(event).equals(view)) {
            apply(event);
        }
    }

    @EventSourcingHandler
    void on(CatalogueEvent event) {
        catalogueId = event.catalogueId();
        view = view.with(event);
    }

    public String getCatalogueId() {
        return catalogueId;
    }

    /** The catalogue as it stands; also what a snapshot carries. */
    public CatalogueView getView() {
        return view;
    }
}

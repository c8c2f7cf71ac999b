package fr.portailfamille.api.catalogue;

/** What happened to the commune's catalogue of services, activities, units and periods. */
public sealed interface CatalogueEvent permits ServiceDefined, ActivityDefined, UnitDefined, PeriodOpened {
    String catalogueId();
}

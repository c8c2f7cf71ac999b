package fr.portailfamille.query.support;

import java.util.Map;
import java.util.Set;

import fr.portailfamille.query.account.AccountProjection;
import fr.portailfamille.query.billing.BillingProjection;
import fr.portailfamille.query.catalogue.CatalogueProjection;
import fr.portailfamille.query.document.FamilyDocumentsProjection;
import fr.portailfamille.query.document.PublishedFormsProjection;
import fr.portailfamille.query.enrolment.EnrolmentProjection;
import fr.portailfamille.query.family.ChildDirectoryProjection;
import fr.portailfamille.query.family.FamilyDirectoryProjection;
import fr.portailfamille.query.family.FamilyDossierProjection;
import fr.portailfamille.query.history.HistoryProjection;
import fr.portailfamille.query.reservation.ActivityDayProjection;
import fr.portailfamille.query.reservation.ChildGridProjection;

/**
 * The processing groups of the read models and the processors that run them. A processor reads the event store once
 * for all its groups; three processors let a replay use both cores of a small server while keeping apart what people
 * wait for: the read models a family or an agent reads right after a change ({@link #LIVE}), the staff's day sheets
 * and billing ({@link #STAFF}), and the audit history ({@link #AUDIT}), the heaviest, which nobody waits for.
 */
public final class ReadModelGroups {
    public static final String LIVE = "read-models";
    public static final String STAFF = "read-models-staff";
    public static final String AUDIT = "read-models-audit";
    /** The read models' processors: their handlers send no message. */
    public static final Set<String> PROCESSORS = Set.of(LIVE, STAFF, AUDIT);

    private static final Map<String, String> PROCESSOR_OF_GROUP = Map.ofEntries(
            Map.entry(AccountProjection.PROCESSING_GROUP, LIVE),
            Map.entry(CatalogueProjection.PROCESSING_GROUP, LIVE),
            Map.entry(FamilyDocumentsProjection.PROCESSING_GROUP, LIVE),
            Map.entry(PublishedFormsProjection.PROCESSING_GROUP, LIVE),
            Map.entry(EnrolmentProjection.PROCESSING_GROUP, LIVE),
            Map.entry(ChildDirectoryProjection.PROCESSING_GROUP, LIVE),
            Map.entry(FamilyDirectoryProjection.PROCESSING_GROUP, LIVE),
            Map.entry(FamilyDossierProjection.PROCESSING_GROUP, LIVE),
            Map.entry(ChildGridProjection.PROCESSING_GROUP, LIVE),
            Map.entry(ActivityDayProjection.PROCESSING_GROUP, STAFF),
            Map.entry(BillingProjection.PROCESSING_GROUP, STAFF),
            Map.entry(HistoryProjection.PROCESSING_GROUP, AUDIT));

    public static final Set<String> ALL = PROCESSOR_OF_GROUP.keySet();

    private ReadModelGroups() {
    }

    /** The processor that runs {@code group}: a read model's own, or the group's name for any other handler. */
    public static String processorOf(String group) {
        return PROCESSOR_OF_GROUP.getOrDefault(group, group);
    }
}

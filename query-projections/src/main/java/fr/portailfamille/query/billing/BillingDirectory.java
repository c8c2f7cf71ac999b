package fr.portailfamille.query.billing;

import static com.mongodb.client.model.Filters.in;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import com.mongodb.client.MongoCollection;

/** The children and families that billing needs for a query: whose child, under which name, at which quotient. */
final class BillingDirectory {
    record Child(String familyId, String name) {
    }

    record Family(String name, QuotientHistory quotients) {
    }

    private final MongoCollection<Document> children;
    private final MongoCollection<Document> families;

    BillingDirectory(MongoCollection<Document> children, MongoCollection<Document> families) {
        this.children = children;
        this.families = families;
    }

    Map<String, Child> children(Collection<String> childIds) {
        Map<String, Child> found = new HashMap<>();
        children.find(in("_id", childIds)).forEach(child -> found.put(child.getString("_id"),
                new Child(child.getString("familyId"), child.getString("firstName") + " "
                        + child.getString("lastName"))));
        return found;
    }

    Map<String, Family> families(Collection<String> familyIds) {
        Map<String, Family> found = new HashMap<>();
        families.find(in("_id", familyIds)).forEach(family -> found.put(family.getString("_id"),
                new Family(family.getString("name"), quotients(family))));
        return found;
    }

    /** The family's name, or its id while its dossier has not reached billing. */
    static String nameOf(Map<String, Family> families, String familyId) {
        Family family = families.get(familyId);
        return family == null || family.name() == null ? familyId : family.name();
    }

    private static QuotientHistory quotients(Document family) {
        List<QuotientHistory.Period> periods = new ArrayList<>();
        for (Document period : family.getList("quotientPeriods", Document.class, List.of())) {
            periods.add(new QuotientHistory.Period(period.getInteger("quotient"),
                    LocalDate.parse(period.getString("validFrom")), LocalDate.parse(period.getString("validUntil"))));
        }
        return new QuotientHistory(family.getInteger("quotient"), periods);
    }
}

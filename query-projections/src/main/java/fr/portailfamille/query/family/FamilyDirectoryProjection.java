package fr.portailfamille.query.family;

import static fr.portailfamille.query.support.SequencedDocuments.list;
import static fr.portailfamille.query.support.SequencedDocuments.upsertElement;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import fr.portailfamille.api.account.AccountId;
import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.api.family.ChildUpdated;
import fr.portailfamille.api.family.FamilyCreated;
import fr.portailfamille.api.family.FamilySummary;
import fr.portailfamille.api.family.FindFamilies;
import fr.portailfamille.api.family.LoginEmailChanged;
import fr.portailfamille.api.family.ParentRank;
import fr.portailfamille.api.family.ResponsibleAdultUpdated;
import fr.portailfamille.query.support.HeldReplayWrites;
import fr.portailfamille.query.support.PerBatch;
import fr.portailfamille.query.support.SequencedDocuments;

/**
 * The staff's list of families, searchable by the names of the adults and children and by the login email. A
 * search scans the collection on a folded text (lower case, no accents): a commune's few thousand families take
 * milliseconds, and any MongoDB would do it the same way.
 */
@ProcessingGroup(FamilyDirectoryProjection.PROCESSING_GROUP)
public class FamilyDirectoryProjection implements HeldReplayWrites {
    public static final String PROCESSING_GROUP = "family-directory";
    private static final String NAME = "name";
    private static final String SEARCH = "search";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final MongoCollection<Document> collection;
    private final SequencedDocuments families;

    public FamilyDirectoryProjection(MongoDatabase database) {
        this.collection = database.getCollection("family_directory");
        this.families = new SequencedDocuments(collection);
    }

    @EventHandler
    public void on(FamilyCreated event, @SequenceNumber long sequence) {
        change(event.familyId(), sequence, family -> family
                .append(NAME, displayName(event.parent1().firstName(), event.parent1().lastName()))
                .append("email", AccountId.normalizeEmail(event.parent1().email())));
    }

    @EventHandler
    public void on(ResponsibleAdultUpdated event, @SequenceNumber long sequence) {
        String name = displayName(event.firstName(), event.lastName());
        change(event.familyId(), sequence, family -> family.put(
                event.rank() == ParentRank.PARENT_1 ? NAME : "parent2Name", name));
    }

    @EventHandler
    public void on(LoginEmailChanged event, @SequenceNumber long sequence) {
        change(event.familyId(), sequence, family -> family.put("email", event.email()));
    }

    @EventHandler
    public void on(ChildAdded event, @SequenceNumber long sequence) {
        change(event.familyId(), sequence, family -> upsertElement(list(family, "children"), "childId",
                new Document("childId", event.childId()).append(NAME, event.firstName() + " " + event.lastName())));
    }

    @EventHandler
    public void on(ChildUpdated event, @SequenceNumber long sequence) {
        change(event.familyId(), sequence, family -> upsertElement(list(family, "children"), "childId",
                new Document("childId", event.childId()).append(NAME, event.firstName() + " " + event.lastName())));
    }

    @ResetHandler
    public void reset() {
        families.drop();
    }

    @Override
    public List<PerBatch<?>> heldWrites() {
        return List.of(families.heldWrites());
    }

    @QueryHandler
    public List<FamilySummary> handle(FindFamilies query) {
        String search = fold(query.search() == null ? "" : query.search());
        var found = search.isBlank() ? collection.find()
                : collection.find(Filters.regex(SEARCH, Pattern.quote(search)));
        List<FamilySummary> summaries = new ArrayList<>();
        for (Document family : found.sort(Sorts.ascending(SEARCH)).limit(Math.max(1, query.limit()))) {
            summaries.add(new FamilySummary(family.getString("_id"), family.getString(NAME),
                    family.getString("email"), list(family, "children").stream()
                    .map(child -> child.getString(NAME)).toList()));
        }
        return summaries;
    }

    private void change(String familyId, long sequence, Consumer<Document> change) {
        families.change(familyId, sequence, Document::new, change.andThen(FamilyDirectoryProjection::index));
    }

    /** The folded text a search looks in; it starts with Parent 1's name so that it also sorts the list. */
    private static void index(Document family) {
        String text = Stream.concat(Stream.of(family.getString(NAME), family.getString("parent2Name"),
                        family.getString("email")), list(family, "children").stream()
                        .map(child -> child.getString(NAME)))
                .filter(part -> part != null)
                .collect(Collectors.joining(" | "));
        family.put(SEARCH, fold(text));
    }

    private static String displayName(String firstName, String lastName) {
        return lastName.toUpperCase(Locale.FRENCH) + " " + firstName;
    }

    private static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text.trim(), Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}

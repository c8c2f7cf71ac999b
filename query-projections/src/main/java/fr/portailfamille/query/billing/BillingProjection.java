package fr.portailfamille.query.billing;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.regex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import fr.portailfamille.api.billing.CreditNoteApplied;
import fr.portailfamille.api.billing.CreditNoteIssued;
import fr.portailfamille.api.billing.CreditNoteView;
import fr.portailfamille.api.billing.FindCreditNotesOfFamily;
import fr.portailfamille.api.billing.FindInvoice;
import fr.portailfamille.api.billing.FindInvoicesOfFamily;
import fr.portailfamille.api.billing.FindInvoicesOfMonth;
import fr.portailfamille.api.billing.FindMonthPreview;
import fr.portailfamille.api.billing.FindMonthStatus;
import fr.portailfamille.api.billing.FindMonthSummary;
import fr.portailfamille.api.billing.InvoiceIssued;
import fr.portailfamille.api.billing.InvoiceLine;
import fr.portailfamille.api.billing.InvoiceView;
import fr.portailfamille.api.billing.LinePricing;
import fr.portailfamille.api.billing.MonthClosed;
import fr.portailfamille.api.billing.MonthPreview;
import fr.portailfamille.api.billing.MonthStatus;
import fr.portailfamille.api.billing.MonthSummary;
import fr.portailfamille.api.catalogue.ActivityDefined;
import fr.portailfamille.api.catalogue.QuotientBracket;
import fr.portailfamille.api.catalogue.UnitDefined;
import fr.portailfamille.api.family.ChildAdded;
import fr.portailfamille.api.family.FamilyCreated;
import fr.portailfamille.api.family.QuotientFamilialSet;
import fr.portailfamille.api.reservation.CellState;
import fr.portailfamille.api.reservation.SlotEvent;
import fr.portailfamille.query.support.BatchDocuments;
import fr.portailfamille.query.support.ChildBuckets;
import fr.portailfamille.query.support.DocumentsAndSummaries;
import fr.portailfamille.query.support.DocumentMapper;
import fr.portailfamille.query.support.MongoKeys;
import fr.portailfamille.query.support.HeldReplayWrites;
import fr.portailfamille.query.support.IdIndex;
import fr.portailfamille.query.support.PerBatch;
import fr.portailfamille.query.support.ReshapedReadModel;
import fr.portailfamille.query.support.SequencedDocuments;

/**
 * Billing's read models, all rebuilt from events: the cells of each child's month as billing reads them, the
 * tariffs, children and quotients needed to price them (the month preview), the issued invoices and credit notes of
 * each family, and per month the totals per activity, unit and quotient bracket. Every page reads documents by
 * {@code _id}; every write, an atomic upsert or a batch's document written whole, is safe to repeat.
 */
@ProcessingGroup(BillingProjection.PROCESSING_GROUP)
public class BillingProjection implements HeldReplayWrites, ReshapedReadModel {
    public static final String PROCESSING_GROUP = "billing";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final LinePricing pricing;
    private final MongoCollection<Document> catalogue;
    private final MongoCollection<Document> children;
    private final MongoCollection<Document> families;
    /** One document per child and month: {@code cells} keyed by activity, unit and day. */
    private final MongoCollection<Document> cells;
    /** Which children have cells in a month, in {@link ChildBuckets} ({@code YYYY-MM|bucket}). */
    private final MongoCollection<Document> monthChildren;
    /** One document per month: closed or not, its invoices and its totals per activity, unit and bracket. */
    private final MongoCollection<Document> months;
    private final MongoCollection<Document> invoices;
    private final MongoCollection<Document> creditNotes;
    /** A child's month of cells takes many events in a row: read and written once per batch. */
    private final PerBatch<DocumentsAndSummaries> cellBatch;
    /**
     * A month's document takes every invoice of its close, each adding its id and its totals: read and written once
     * per batch, not read and rewritten whole per invoice (thousands of ids in a large commune).
     */
    private final PerBatch<BatchDocuments> monthBatch;
    /**
     * The invoices and the families that list them: a close issues an invoice per family, and each was two writes of
     * their own. Every change to either goes through the batch, so that a held document never hides another write.
     */
    private final PerBatch<DocumentsAndSummaries> invoiceBatch;

    public BillingProjection(MongoDatabase database, LinePricing pricing) {
        this.pricing = pricing;
        this.catalogue = database.getCollection("billing_catalogue");
        this.children = database.getCollection("billing_children");
        this.families = database.getCollection("billing_families");
        this.cells = database.getCollection("billing_cells");
        this.monthChildren = database.getCollection("billing_month_children");
        this.months = database.getCollection("billing_months");
        this.invoices = database.getCollection("billing_invoices");
        this.creditNotes = database.getCollection("billing_credit_notes");
        this.cellBatch = new PerBatch<>("billing-cells", DocumentsAndSummaries.prefetching(
                cells, payload -> billedCell(payload).map(BillingProjection::childMonthId),
                monthChildren, payload -> billedCell(payload).map(BillingProjection::monthChildrenId)));
        this.monthBatch = new PerBatch<>("billing-months", (payloads, held) -> BatchDocuments.prefetched(months,
                payloads, BillingProjection::monthOf, held));
        this.invoiceBatch = new PerBatch<>("billing-invoices", DocumentsAndSummaries.prefetching(
                invoices, BillingProjection::invoiceOf, families, BillingProjection::familyOf));
    }

    /** The invoice an event changes, if any. */
    private static Stream<String> invoiceOf(Object payload) {
        return payload instanceof InvoiceIssued invoice ? Stream.of(invoice.invoiceId())
                : payload instanceof CreditNoteApplied applied ? Stream.of(applied.invoiceId()) : Stream.empty();
    }

    /** The family an event changes, if any. */
    private static Stream<String> familyOf(Object payload) {
        if (payload instanceof FamilyCreated created) {
            return Stream.of(created.familyId());
        }
        if (payload instanceof QuotientFamilialSet quotient) {
            return Stream.of(quotient.familyId());
        }
        if (payload instanceof InvoiceIssued invoice) {
            return Stream.of(invoice.familyId());
        }
        return payload instanceof CreditNoteIssued creditNote ? Stream.of(creditNote.familyId()) : Stream.empty();
    }

    /** The month an invoice or a close is of. */
    private static Stream<String> monthOf(Object payload) {
        if (payload instanceof InvoiceIssued invoice) {
            return Stream.of(invoice.month());
        }
        return payload instanceof MonthClosed closed ? Stream.of(closed.month()) : Stream.empty();
    }

    @EventHandler
    public void on(ActivityDefined event) {
        catalogue.updateOne(eq("_id", event.activityId()), Updates.combine(Updates.set("label", event.label()),
                Updates.setOnInsert("position", (int) catalogue.countDocuments())), UPSERT);
    }

    @EventHandler
    public void on(UnitDefined event) {
        Document activity = Optional.ofNullable(catalogue.find(eq("_id", event.activityId())).first())
                .orElseGet(Document::new);
        Document units = activity.get("units", new Document());
        String key = MongoKeys.of(event.unitId());
        Document known = units.get(key, Document.class);
        int position = known == null ? units.size() : known.getInteger("position");
        catalogue.updateOne(eq("_id", event.activityId()), Updates.set("units." + key, new Document("unitId",
                event.unitId()).append("label", event.label()).append("position", position)
                .append("tariff", DocumentMapper.toDocument(event.tariff()))), UPSERT);
    }

    @EventHandler
    public void on(FamilyCreated event) {
        String name = event.parent1() == null ? null
                : (event.parent1().civility() + " " + event.parent1().firstName() + " " + event.parent1().lastName())
                .trim();
        invoiceBatch.with(batch -> batch.summaries().get(event.familyId()).append("name", name)
                .append("quotient", event.quotient()));
    }

    @EventHandler
    public void on(QuotientFamilialSet event) {
        Document period = new Document("quotient", event.quotient()).append("validFrom", event.validFrom().toString())
                .append("validUntil", event.validUntil().toString());
        invoiceBatch.with(batch -> SequencedDocuments.addToSet(batch.summaries().get(event.familyId()),
                "quotientPeriods", period));
    }

    @EventHandler
    public void on(ChildAdded event) {
        children.replaceOne(eq("_id", event.childId()), new Document("_id", event.childId())
                .append("familyId", event.familyId()).append("firstName", event.firstName())
                .append("lastName", event.lastName()), new ReplaceOptions().upsert(true));
    }

    /** Every slot event sets or clears one cell; each cell is its own field, so days never overwrite each other. */
    @EventHandler
    public void on(SlotEvent event) {
        Optional<CellState> state = CellBilling.stateAfter(event);
        if (state.isEmpty()) {
            return;
        }
        String month = month(event);
        String key = MongoKeys.of(event.activityId(), event.unitId(), event.date().toString());
        cellBatch.with(batch -> {
            Document childMonth = batch.documents().get(childMonthId(event));
            // a child's month is listed with the month's children when it is created, not at each of its cells
            if (childMonth.putIfAbsent("childId", event.childId()) == null) {
                IdIndex.addTo(batch.summaries().get(monthChildrenId(event)), "childIds", event.childId());
            }
            childMonth.putIfAbsent("month", month);
            if (state.get() == CellState.FREE) {
                BatchDocuments.unsetIn(childMonth, "cells", key);
            } else {
                BatchDocuments.setIn(childMonth, "cells", key, new Document("activityId", event.activityId())
                        .append("unitId", event.unitId()).append("date", event.date().toString())
                        .append("state", state.get().name()).append("booked", CellBilling.booked(event)));
            }
        });
    }

    private static String month(SlotEvent event) {
        return event.date().toString().substring(0, 7);
    }

    private static String childMonthId(SlotEvent event) {
        return month(event) + "|" + event.childId();
    }

    private static String monthChildrenId(SlotEvent event) {
        return ChildBuckets.idOf(month(event), event.childId());
    }

    /** The payload as an event that changes a billed cell, if it is one. */
    private static Stream<SlotEvent> billedCell(Object payload) {
        return payload instanceof SlotEvent event && CellBilling.stateAfter(event).isPresent() ? Stream.of(event)
                : Stream.empty();
    }

    @EventHandler
    public void on(InvoiceIssued event) {
        Document issued = DocumentMapper.toDocument(event).append("_id", event.invoiceId())
                .append("credits", new ArrayList<>());
        invoiceBatch.with(batch -> {
            Document invoice = batch.documents().get(event.invoiceId());
            invoice.clear();
            invoice.putAll(issued);
            IdIndex.addTo(batch.summaries().get(event.familyId()), "invoiceIds", event.invoiceId());
        });
        SummaryBuilder rows = new SummaryBuilder();
        event.lines().forEach(line -> rows.add(line.activityId(), line.unitId(), line.bracket(), 1, line.amount()));
        monthBatch.with(batch -> {
            Document month = batch.get(event.month());
            month.putIfAbsent("closed", false);
            // an invoice is added up once: one handled again is already listed
            if (!IdIndex.addTo(month, "invoiceIds", event.invoiceId())) {
                return;
            }
            rows.forEach((activityId, unitId, bracket, count, amount) -> {
                String key = MongoKeys.of(activityId, unitId, bracket.name());
                Document total = month.get("totals", new Document()).get(key, Document.class);
                if (total == null) {
                    total = new Document("activityId", activityId).append("unitId", unitId)
                            .append("bracket", bracket.name()).append("count", 0).append("amount", 0);
                    BatchDocuments.setIn(month, "totals", key, total);
                }
                total.put("count", total.getInteger("count") + count);
                total.put("amount", total.getInteger("amount") + amount);
            });
        });
    }

    @EventHandler
    public void on(MonthClosed event) {
        monthBatch.with(batch -> batch.get(event.month()).append("closed", true)
                .append("closedAt", event.closedAt().toString()).append("invoiceCount", event.invoices())
                .append("total", event.total()));
    }

    @EventHandler
    public void on(CreditNoteIssued event) {
        creditNotes.replaceOne(eq("_id", event.creditNoteId()), DocumentMapper.toDocument(event)
                .append("_id", event.creditNoteId()).append("applications", List.of()),
                new ReplaceOptions().upsert(true));
        invoiceBatch.with(batch -> IdIndex.addTo(batch.summaries().get(event.familyId()), "creditNoteIds",
                event.creditNoteId()));
    }

    @EventHandler
    public void on(CreditNoteApplied event) {
        Document credit = new Document("creditNoteId", event.creditNoteId()).append("amount", event.amount());
        // an invoice never issued is not made by its credit
        invoiceBatch.with(batch -> batch.documents().find(event.invoiceId())
                .ifPresent(invoice -> SequencedDocuments.addToSet(invoice, "credits", credit)));
        creditNotes.updateOne(eq("_id", event.creditNoteId()), Updates.addToSet("applications",
                new Document("invoiceId", event.invoiceId()).append("amount", event.amount())));
    }

    @ResetHandler
    public void reset() {
        cellBatch.forgetHeld();
        monthBatch.forgetHeld();
        invoiceBatch.forgetHeld();
        List.of(catalogue, children, families, cells, monthChildren, months, invoices, creditNotes)
                .forEach(MongoCollection::drop);
    }

    @Override
    public List<PerBatch<?>> heldWrites() {
        return List.of(cellBatch, monthBatch, invoiceBatch);
    }

    /**
     * Before the ninth session on #7 a month's children were one document, {@code YYYY-MM}: looked for once, at the
     * start, through the whole collection.
     */
    @Override
    public boolean holdsEarlierShape() {
        return monthChildren.find(regex("_id", "^[^|]*$")).first() != null;
    }

    @QueryHandler
    public MonthPreview handle(FindMonthPreview query) {
        BillingCatalogue knownCatalogue = new BillingCatalogue(catalogue);
        List<String> childIds = new ArrayList<>();
        monthChildren.find(in("_id", ChildBuckets.idsOf(query.month())))
                .forEach(bucket -> childIds.addAll(bucket.getList("childIds", String.class)));
        List<Document> cellDocuments = cells.find(in("_id", childIds.stream().map(id -> query.month() + "|" + id)
                .toList())).into(new ArrayList<>());
        return new PreviewCalculator(directory(), knownCatalogue, pricing)
                .preview(query.month(), isClosed(query.month()), cellDocuments, query.billableBefore());
    }

    @QueryHandler
    public MonthSummary handle(FindMonthSummary query) {
        Document month = months.find(eq("_id", query.month())).first();
        SummaryBuilder summary = new SummaryBuilder();
        if (month == null || !month.getBoolean("closed", false)) {
            MonthPreview preview = handle(new FindMonthPreview(query.month(), query.billableBefore()));
            preview.invoices().forEach(invoice -> invoice.lines().forEach(billed -> summary.add(
                    billed.line().activityId(), billed.line().unitId(), billed.line().bracket(), 1,
                    billed.line().amount())));
            return summary.build(query.month(), false, preview.invoices().size(), new BillingCatalogue(catalogue));
        }
        for (Object value : month.get("totals", new Document()).values()) {
            Document total = (Document) value;
            summary.add(total.getString("activityId"), total.getString("unitId"),
                    QuotientBracket.valueOf(total.getString("bracket")), total.getInteger("count"),
                    total.getInteger("amount"));
        }
        return summary.build(query.month(), true, month.getInteger("invoiceCount", 0), new BillingCatalogue(catalogue));
    }

    @QueryHandler
    public List<InvoiceView> handle(FindInvoicesOfFamily query) {
        Document family = families.find(eq("_id", query.familyId())).first();
        List<String> invoiceIds = family == null ? List.of() : family.getList("invoiceIds", String.class, List.of());
        List<InvoiceView> found = new ArrayList<>(assembler().invoices(invoiceIds));
        found.sort(Comparator.comparing(InvoiceView::month).thenComparing(InvoiceView::number).reversed());
        return found;
    }

    @QueryHandler
    public List<InvoiceView> handle(FindInvoicesOfMonth query) {
        Document month = months.find(eq("_id", query.month())).first();
        List<String> invoiceIds = month == null ? List.of() : month.getList("invoiceIds", String.class, List.of());
        List<InvoiceView> found = new ArrayList<>(assembler().invoices(invoiceIds));
        found.sort(Comparator.comparing(InvoiceView::number));
        return found;
    }

    @QueryHandler
    public Optional<InvoiceView> handle(FindInvoice query) {
        return assembler().invoices(List.of(query.invoiceId())).stream().findFirst();
    }

    @QueryHandler
    public List<CreditNoteView> handle(FindCreditNotesOfFamily query) {
        Document family = families.find(eq("_id", query.familyId())).first();
        List<String> ids = family == null ? List.of() : family.getList("creditNoteIds", String.class, List.of());
        List<CreditNoteView> found = new ArrayList<>(assembler().creditNotes(ids));
        found.sort(Comparator.comparing(CreditNoteView::number).reversed());
        return found;
    }

    @QueryHandler
    public MonthStatus handle(FindMonthStatus query) {
        Document month = months.find(eq("_id", query.month())).first();
        if (month == null || !month.getBoolean("closed", false)) {
            return new MonthStatus(query.month(), false, 0, 0);
        }
        return new MonthStatus(query.month(), true, month.getInteger("invoiceCount", 0), month.getInteger("total", 0));
    }

    private boolean isClosed(String month) {
        return handle(new FindMonthStatus(month)).closed();
    }

    private BillingDirectory directory() {
        return new BillingDirectory(children, families);
    }

    private InvoiceAssembler assembler() {
        return new InvoiceAssembler(invoices, creditNotes, directory(), new BillingCatalogue(catalogue));
    }
}

package fr.portailfamille.query.billing;

import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import com.mongodb.client.MongoCollection;

import fr.portailfamille.api.billing.BilledLine;
import fr.portailfamille.api.billing.CreditNoteView;
import fr.portailfamille.api.billing.InvoiceLine;
import fr.portailfamille.api.billing.InvoiceView;
import fr.portailfamille.query.support.DocumentMapper;

/** Turns stored invoices and credit notes into what people read: names, labels, credits and what is left to pay. */
final class InvoiceAssembler {
    private final MongoCollection<Document> invoices;
    private final MongoCollection<Document> creditNotes;
    private final BillingDirectory directory;
    private final BillingCatalogue catalogue;

    InvoiceAssembler(MongoCollection<Document> invoices, MongoCollection<Document> creditNotes,
                     BillingDirectory directory, BillingCatalogue catalogue) {
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.directory = directory;
        this.catalogue = catalogue;
    }

    List<InvoiceView> invoices(Collection<String> invoiceIds) {
        List<Document> documents = invoices.find(in("_id", invoiceIds)).into(new ArrayList<>());
        Map<String, BillingDirectory.Child> children = directory.children(documents.stream()
                .flatMap(invoice -> invoice.getList("lines", Document.class).stream())
                .map(line -> line.getString("childId")).distinct().toList());
        Map<String, BillingDirectory.Family> families = directory.families(documents.stream()
                .map(invoice -> invoice.getString("familyId")).distinct().toList());
        Map<String, String> creditNumbers = numbers(creditNotes, documents.stream()
                .flatMap(invoice -> invoice.getList("credits", Document.class, List.of()).stream())
                .map(credit -> credit.getString("creditNoteId")).distinct().toList());
        return documents.stream().map(document -> invoice(document, children, families, creditNumbers)).toList();
    }

    List<CreditNoteView> creditNotes(Collection<String> creditNoteIds) {
        List<Document> documents = creditNotes.find(in("_id", creditNoteIds)).into(new ArrayList<>());
        Map<String, String> invoiceNumbers = numbers(invoices, documents.stream()
                .map(note -> note.getString("invoiceId")).distinct().toList());
        return documents.stream().map(note -> {
            int amount = note.getInteger("amount");
            int deducted = note.getList("applications", Document.class, List.of()).stream()
                    .mapToInt(application -> application.getInteger("amount")).sum();
            return new CreditNoteView(note.getString("_id"), note.getString("number"), note.getString("familyId"),
                    note.getString("invoiceId"), invoiceNumbers.get(note.getString("invoiceId")), amount,
                    note.getString("reason"), Instant.parse(note.getString("issuedAt")), amount - deducted);
        }).toList();
    }

    private InvoiceView invoice(Document document, Map<String, BillingDirectory.Child> children,
                                Map<String, BillingDirectory.Family> families, Map<String, String> creditNumbers) {
        List<BilledLine> lines = document.getList("lines", Document.class).stream()
                .map(line -> DocumentMapper.fromDocument(line, InvoiceLine.class))
                .map(line -> new BilledLine(line, childName(children, line.childId()),
                        catalogue.activityLabel(line.activityId()),
                        catalogue.unitLabel(line.activityId(), line.unitId())))
                .toList();
        List<InvoiceView.AppliedCredit> credits = document.getList("credits", Document.class, List.of()).stream()
                .map(credit -> new InvoiceView.AppliedCredit(credit.getString("creditNoteId"),
                        creditNumbers.get(credit.getString("creditNoteId")), credit.getInteger("amount")))
                .toList();
        int total = document.getInteger("total");
        String familyId = document.getString("familyId");
        return new InvoiceView(document.getString("_id"), document.getString("number"), familyId,
                BillingDirectory.nameOf(families, familyId), document.getString("month"), lines, total, credits,
                total - credits.stream().mapToInt(InvoiceView.AppliedCredit::amount).sum(),
                Instant.parse(document.getString("issuedAt")));
    }

    private static String childName(Map<String, BillingDirectory.Child> children, String childId) {
        BillingDirectory.Child child = children.get(childId);
        return child == null ? childId : child.name();
    }

    private static Map<String, String> numbers(MongoCollection<Document> collection, Collection<String> ids) {
        Map<String, String> numbers = new HashMap<>();
        collection.find(in("_id", ids)).forEach(document -> numbers.put(document.getString("_id"),
                document.getString("number")));
        return numbers;
    }
}

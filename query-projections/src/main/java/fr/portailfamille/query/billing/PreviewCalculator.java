package fr.portailfamille.query.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;

import fr.portailfamille.api.billing.BilledLine;
import fr.portailfamille.api.billing.InvoiceLine;
import fr.portailfamille.api.billing.InvoicePreview;
import fr.portailfamille.api.billing.LinePricing;
import fr.portailfamille.api.billing.LineReason;
import fr.portailfamille.api.billing.MonthPreview;
import fr.portailfamille.api.catalogue.QuotientBracket;
import fr.portailfamille.api.catalogue.Tariff;
import fr.portailfamille.api.reservation.CellState;

/** Prices a month's billable cells family by family: what closing the month would issue. */
final class PreviewCalculator {
    private static final QuotientHistory UNKNOWN_QUOTIENT = new QuotientHistory(null, List.of());

    private final BillingDirectory directory;
    private final BillingCatalogue catalogue;
    private final LinePricing pricing;

    PreviewCalculator(BillingDirectory directory, BillingCatalogue catalogue, LinePricing pricing) {
        this.directory = directory;
        this.catalogue = catalogue;
        this.pricing = pricing;
    }

    /** {@code cellDocuments}: one per child of the month; cells of days from {@code billableBefore} on wait. */
    MonthPreview preview(String month, boolean closed, List<Document> cellDocuments, LocalDate billableBefore) {
        Map<String, BillingDirectory.Child> children = directory.children(
                cellDocuments.stream().map(document -> document.getString("childId")).toList());
        Map<String, BillingDirectory.Family> families = directory.families(
                children.values().stream().map(BillingDirectory.Child::familyId).distinct().toList());
        Map<String, List<BilledLine>> linesByFamily = new HashMap<>();
        int awaitingDecision = 0;
        for (Document document : cellDocuments) {
            BillingDirectory.Child child = children.get(document.getString("childId"));
            for (Object value : document.get("cells", new Document()).values()) {
                Document cell = (Document) value;
                CellState state = CellState.valueOf(cell.getString("state"));
                LocalDate date = LocalDate.parse(cell.getString("date"));
                if (CellBilling.awaitsDecision(state)) {
                    awaitingDecision++;
                }
                Optional<LineReason> reason = CellBilling.reason(state, cell.getBoolean("booked", true));
                if (child == null || reason.isEmpty() || !date.isBefore(billableBefore)) {
                    continue;
                }
                BillingDirectory.Family family = families.get(child.familyId());
                QuotientHistory quotients = family == null ? UNKNOWN_QUOTIENT : family.quotients();
                priced(document.getString("childId"), child.name(), cell, date, reason.get(),
                        quotients.bracketOn(date)).ifPresent(line -> linesByFamily
                        .computeIfAbsent(child.familyId(), id -> new ArrayList<>()).add(line));
            }
        }
        List<InvoicePreview> invoices = new ArrayList<>();
        linesByFamily.forEach((familyId, lines) -> {
            lines.sort(lineOrder());
            invoices.add(new InvoicePreview(familyId, BillingDirectory.nameOf(families, familyId), lines,
                    lines.stream().mapToInt(line -> line.line().amount()).sum()));
        });
        invoices.sort(Comparator.comparing(InvoicePreview::familyName).thenComparing(InvoicePreview::familyId));
        return new MonthPreview(month, closed, invoices, invoices.stream().mapToInt(InvoicePreview::total).sum(),
                awaitingDecision);
    }

    /** The line of a billable cell, unless its unit has no tariff in the catalogue yet. */
    private Optional<BilledLine> priced(String childId, String childName, Document cell, LocalDate date,
                                        LineReason reason, QuotientBracket bracket) {
        String activityId = cell.getString("activityId");
        String unitId = cell.getString("unitId");
        Optional<Tariff> tariff = catalogue.tariff(activityId, unitId);
        return tariff.map(found -> new BilledLine(new InvoiceLine(childId, activityId, unitId, date,
                pricing.amount(found, bracket, reason), reason, bracket), childName,
                catalogue.activityLabel(activityId), catalogue.unitLabel(activityId, unitId)));
    }

    /** Day by day, then child, then the grid's order of activities and units. */
    Comparator<BilledLine> lineOrder() {
        return Comparator.comparing((BilledLine line) -> line.line().date())
                .thenComparing(BilledLine::childName)
                .thenComparing(line -> line.line().activityId(), catalogue.activityOrder())
                .thenComparing((a, b) -> catalogue.unitOrder(a.line().activityId())
                        .compare(a.line().unitId(), b.line().unitId()));
    }
}

package fr.portailfamille.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.portailfamille.api.billing.BilledLine;
import fr.portailfamille.api.billing.BillingMessages;
import fr.portailfamille.api.billing.CreditNoteId;
import fr.portailfamille.api.billing.CreditNoteView;
import fr.portailfamille.api.billing.FindCreditNotesOfFamily;
import fr.portailfamille.api.billing.FindInvoicesOfFamily;
import fr.portailfamille.api.billing.InvoiceLine;
import fr.portailfamille.api.billing.InvoiceView;
import fr.portailfamille.api.billing.IssueCreditNote;
import fr.portailfamille.api.billing.LineReason;
import fr.portailfamille.api.billing.MonthPreview;
import fr.portailfamille.api.billing.MonthSummary;
import fr.portailfamille.api.catalogue.QuotientBracket;
import fr.portailfamille.web.billing.BillingDesk;
import fr.portailfamille.web.family.FamilyDossiers;
import fr.portailfamille.web.problem.ApiException;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.PortailUser;

/** Month close, month totals, a family's invoices and credit notes (api.md, billing rows). */
@RestController
public class BillingController {
    private final BillingDesk desk;
    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final FamilyAccess familyAccess;
    private final FamilyDossiers dossiers;

    public BillingController(BillingDesk desk, CommandGateway commandGateway, QueryGateway queryGateway,
                             FamilyAccess familyAccess, FamilyDossiers dossiers) {
        this.desk = desk;
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.familyAccess = familyAccess;
        this.dossiers = dossiers;
    }

    public record Line(String childId, String activityId, String unitId, LocalDate date, int amount,
                       LineReason reason, QuotientBracket bracket) {
        static Line of(BilledLine billed) {
            InvoiceLine line = billed.line();
            return new Line(line.childId(), line.activityId(), line.unitId(), line.date(), line.amount(),
                    line.reason(), line.bracket());
        }
    }

    public record Credit(String creditNoteId, String number, int amount) {
    }

    public record Invoice(String invoiceId, String number, String month, int total, List<Line> lines,
                          List<Credit> credits, int amountDue, Instant issuedAt) {
    }

    public record PreviewInvoice(String familyId, String familyName, int total, List<Line> lines) {
    }

    public record Preview(String month, boolean closed, int total, int awaitingDecision,
                          List<PreviewInvoice> invoices) {
    }

    public record CreditNoteRequest(String familyId, String invoiceId, Integer amount, String reason) {
    }

    public record CreditNoteCreated(String creditNoteId) {
    }

    @PostMapping("/api/staff/billing/{month}/close")
    public BillingDesk.Closed close(@AuthenticationPrincipal PortailUser user, @PathVariable String month) {
        familyAccess.requireStaff(user);
        return desk.close(BillingDesk.month(month));
    }

    @GetMapping("/api/staff/billing/{month}/summary")
    public MonthSummary summary(@AuthenticationPrincipal PortailUser user, @PathVariable String month) {
        familyAccess.requireStaffOrAuditor(user);
        return desk.summary(BillingDesk.month(month));
    }

    @GetMapping("/api/staff/billing/{month}/preview")
    public Preview preview(@AuthenticationPrincipal PortailUser user, @PathVariable String month) {
        familyAccess.requireStaffOrAuditor(user);
        MonthPreview preview = desk.preview(BillingDesk.month(month));
        return new Preview(preview.month(), preview.closed(), preview.total(), preview.awaitingDecision(),
                preview.invoices().stream().map(invoice -> new PreviewInvoice(invoice.familyId(),
                        invoice.familyName(), invoice.total(), invoice.lines().stream().map(Line::of).toList()))
                        .toList());
    }

    @PostMapping("/api/staff/billing/credit-notes")
    @ResponseStatus(HttpStatus.CREATED)
    public CreditNoteCreated issueCreditNote(@AuthenticationPrincipal PortailUser user,
                                             @RequestBody CreditNoteRequest request) {
        familyAccess.requireStaff(user);
        if (request.amount() == null || request.reason() == null || request.invoiceId() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_INPUT",
                    "Un avoir indique la famille, la facture, le montant en centimes et le motif.");
        }
        String creditNoteId = CreditNoteId.newId().value();
        commandGateway.sendAndWait(new IssueCreditNote(BillingMessages.BILLING_ID, creditNoteId, request.familyId(),
                request.invoiceId(), request.amount(), request.reason()));
        return new CreditNoteCreated(creditNoteId);
    }

    @GetMapping("/api/families/{familyId}/invoices")
    public List<Invoice> invoices(@AuthenticationPrincipal PortailUser user, @PathVariable String familyId) {
        familyAccess.requireFamily(user, familyId, FamilyAccess.Intent.READ);
        dossiers.requireKnown(familyId);
        return queryGateway.query(new FindInvoicesOfFamily(familyId),
                        ResponseTypes.multipleInstancesOf(InvoiceView.class)).join().stream()
                .map(invoice -> new Invoice(invoice.invoiceId(), invoice.number(), invoice.month(), invoice.total(),
                        invoice.lines().stream().map(Line::of).toList(), invoice.credits().stream()
                        .map(credit -> new Credit(credit.creditNoteId(), credit.creditNoteNumber(),
                                credit.amount())).toList(), invoice.amountDue(), invoice.issuedAt()))
                .toList();
    }

    @GetMapping("/api/families/{familyId}/credit-notes")
    public List<CreditNoteView> creditNotes(@AuthenticationPrincipal PortailUser user,
                                            @PathVariable String familyId) {
        familyAccess.requireFamily(user, familyId, FamilyAccess.Intent.READ);
        dossiers.requireKnown(familyId);
        return queryGateway.query(new FindCreditNotesOfFamily(familyId),
                ResponseTypes.multipleInstancesOf(CreditNoteView.class)).join();
    }
}

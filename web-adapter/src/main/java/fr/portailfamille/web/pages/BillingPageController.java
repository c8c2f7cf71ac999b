package fr.portailfamille.web.pages;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.portailfamille.api.RuleViolation;
import fr.portailfamille.api.billing.BillingMessages;
import fr.portailfamille.api.billing.BillingMonth;
import fr.portailfamille.api.billing.CreditNoteId;
import fr.portailfamille.api.billing.CreditNoteView;
import fr.portailfamille.api.billing.FindCreditNotesOfFamily;
import fr.portailfamille.api.billing.FindInvoicesOfFamily;
import fr.portailfamille.api.billing.FindInvoicesOfMonth;
import fr.portailfamille.api.billing.InvoiceView;
import fr.portailfamille.api.billing.IssueCreditNote;
import fr.portailfamille.api.billing.MonthPreview;
import fr.portailfamille.web.billing.BillingCsv;
import fr.portailfamille.web.billing.BillingDesk;
import fr.portailfamille.web.billing.BillingWording;
import fr.portailfamille.web.billing.EuroAmount;
import fr.portailfamille.web.billing.InvoicePdf;
import fr.portailfamille.web.problem.ApiException;
import fr.portailfamille.web.security.FamilyAccess;
import fr.portailfamille.web.security.PortailUser;

/** « Mes factures » for families, « Facturation » for the service enfance (auditors read it). */
@Controller
public class BillingPageController {
    private static final String MESSAGE = "message";
    private static final String ERROR = "erreur";

    private final BillingDesk desk;
    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final FamilyAccess familyAccess;
    private final InvoicePdf invoicePdf;
    private final BillingWording wording;

    public BillingPageController(BillingDesk desk, CommandGateway commandGateway, QueryGateway queryGateway,
                                 FamilyAccess familyAccess, InvoicePdf invoicePdf, BillingWording wording) {
        this.desk = desk;
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.familyAccess = familyAccess;
        this.invoicePdf = invoicePdf;
        this.wording = wording;
    }

    @GetMapping("/factures")
    public String invoices(@AuthenticationPrincipal PortailUser user,
                           @RequestParam(name = "famille", required = false) String familyId, Model model) {
        String family = familyId != null ? familyId : user.familyId();
        if (family == null) {
            return "redirect:/facturation";
        }
        familyAccess.requireFamily(user, family, FamilyAccess.Intent.READ);
        model.addAttribute("familyId", family);
        model.addAttribute("invoices", familyInvoices(family));
        model.addAttribute("creditNotes", queryGateway.query(new FindCreditNotesOfFamily(family),
                ResponseTypes.multipleInstancesOf(CreditNoteView.class)).join());
        return "factures";
    }

    @GetMapping("/factures/{invoiceId}/pdf")
    public ResponseEntity<byte[]> invoicePdf(@AuthenticationPrincipal PortailUser user,
                                             @PathVariable String invoiceId) {
        InvoiceView invoice = desk.invoice(invoiceId);
        familyAccess.requireFamily(user, invoice.familyId(), FamilyAccess.Intent.READ);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("facture-" + invoice.number() + ".pdf").build().toString())
                .body(invoicePdf.render(invoice));
    }

    @GetMapping("/factures/export.csv")
    public ResponseEntity<byte[]> familyCsv(@AuthenticationPrincipal PortailUser user,
                                            @RequestParam(name = "famille", required = false) String familyId) {
        String family = familyId != null ? familyId : user.familyId();
        familyAccess.requireFamily(user, family, FamilyAccess.Intent.READ);
        return csv("factures.csv", BillingCsv.invoiceLines(familyInvoices(family), wording));
    }

    @GetMapping("/facturation")
    public String billing(@AuthenticationPrincipal PortailUser user,
                          @RequestParam(name = "mois", required = false) String month, Model model) {
        familyAccess.requireStaffOrAuditor(user);
        BillingMonth shown = month == null ? desk.lastEndedMonth() : BillingDesk.month(month);
        MonthPreview preview = desk.preview(shown);
        model.addAttribute("month", shown.value());
        model.addAttribute("previousMonth", BillingMonth.of(shown.yearMonth().minusMonths(1).atDay(1)).value());
        model.addAttribute("nextMonth", BillingMonth.of(shown.yearMonth().plusMonths(1).atDay(1)).value());
        model.addAttribute("preview", preview);
        model.addAttribute("summary", desk.summary(shown));
        model.addAttribute("invoices", preview.closed() ? queryGateway.query(new FindInvoicesOfMonth(shown.value()),
                ResponseTypes.multipleInstancesOf(InvoiceView.class)).join() : List.of());
        model.addAttribute("ended", !shown.yearMonth().isAfter(desk.lastEndedMonth().yearMonth()));
        return "facturation";
    }

    @GetMapping("/facturation/{month}/cloture")
    public String confirmClose(@AuthenticationPrincipal PortailUser user, @PathVariable String month, Model model) {
        familyAccess.requireStaff(user);
        MonthPreview preview = desk.preview(BillingDesk.month(month));
        model.addAttribute("month", month);
        model.addAttribute("preview", preview);
        model.addAttribute("fingerprint", BillingDesk.fingerprint(preview));
        return "facturation-cloture";
    }

    @PostMapping("/facturation/{month}/cloture")
    public String close(@AuthenticationPrincipal PortailUser user, @PathVariable String month,
                        @RequestParam(name = "empreinte", defaultValue = "") String fingerprint,
                        RedirectAttributes redirect) {
        familyAccess.requireStaff(user);
        try {
            BillingMonth closing = BillingDesk.month(month);
            BillingDesk.Closed closed = desk.close(closing, fingerprint);
            desk.awaitClosed(closing);
            redirect.addFlashAttribute(MESSAGE, "Le mois de " + wording.month(month) + " est clôturé : "
                    + closed.invoices() + " facture(s) émise(s).");
        } catch (RuleViolation | ApiException e) {
            redirect.addFlashAttribute(ERROR, e.getMessage());
        }
        return "redirect:/facturation?mois=" + month;
    }

    @PostMapping("/facturation/avoirs")
    public String issueCreditNote(@AuthenticationPrincipal PortailUser user,
                                  @RequestParam("famille") String familyId,
                                  @RequestParam("facture") String invoiceId,
                                  @RequestParam("montant") String amount,
                                  @RequestParam("motif") String reason,
                                  @RequestParam("mois") String month,
                                  RedirectAttributes redirect) {
        familyAccess.requireStaff(user);
        BillingMonth back = BillingDesk.month(month);
        try {
            if (reason.isBlank()) {
                throw new IllegalArgumentException("Indiquez le motif de l'avoir : la famille le lira.");
            }
            commandGateway.sendAndWait(new IssueCreditNote(BillingMessages.BILLING_ID, CreditNoteId.newId().value(),
                    familyId, invoiceId, EuroAmount.parseCents(amount), reason));
            redirect.addFlashAttribute(MESSAGE, "L'avoir est enregistré : il sera déduit de la prochaine facture.");
        } catch (RuleViolation | IllegalArgumentException e) {
            redirect.addFlashAttribute(ERROR, e.getMessage());
        }
        return "redirect:/facturation?mois=" + back.value();
    }

    @GetMapping("/facturation/{month}/factures.csv")
    public ResponseEntity<byte[]> monthCsv(@AuthenticationPrincipal PortailUser user, @PathVariable String month) {
        familyAccess.requireStaffOrAuditor(user);
        List<InvoiceView> invoices = queryGateway.query(new FindInvoicesOfMonth(BillingDesk.month(month).value()),
                ResponseTypes.multipleInstancesOf(InvoiceView.class)).join();
        return csv("factures-" + month + ".csv", BillingCsv.invoiceLines(invoices, wording));
    }

    @GetMapping("/facturation/{month}/synthese.csv")
    public ResponseEntity<byte[]> summaryCsv(@AuthenticationPrincipal PortailUser user, @PathVariable String month) {
        familyAccess.requireStaffOrAuditor(user);
        return csv("synthese-" + month + ".csv", BillingCsv.summary(desk.summary(BillingDesk.month(month))));
    }

    private List<InvoiceView> familyInvoices(String familyId) {
        return queryGateway.query(new FindInvoicesOfFamily(familyId),
                ResponseTypes.multipleInstancesOf(InvoiceView.class)).join();
    }

    private static ResponseEntity<byte[]> csv(String filename, String content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(BillingCsv.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(content.getBytes(StandardCharsets.UTF_8));
    }
}

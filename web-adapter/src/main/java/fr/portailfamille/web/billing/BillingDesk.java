package fr.portailfamille.web.billing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import fr.portailfamille.api.billing.BilledLine;
import fr.portailfamille.api.billing.BillingMessages;
import fr.portailfamille.api.billing.BillingMonth;
import fr.portailfamille.api.billing.CloseMonth;
import fr.portailfamille.api.billing.FindInvoice;
import fr.portailfamille.api.billing.FindMonthPreview;
import fr.portailfamille.api.billing.FindMonthStatus;
import fr.portailfamille.api.billing.FindMonthSummary;
import fr.portailfamille.api.billing.InvoiceDraft;
import fr.portailfamille.api.billing.InvoiceView;
import fr.portailfamille.api.billing.MonthPreview;
import fr.portailfamille.api.billing.MonthStatus;
import fr.portailfamille.api.billing.MonthSummary;
import fr.portailfamille.query.billing.BillingProjection;
import fr.portailfamille.web.family.ReadModels;
import fr.portailfamille.web.problem.ApiException;

/**
 * What the billing page and the billing API share: the month's preview as of today, and its close, which sends
 * exactly the preview's drafts to the billing aggregate.
 */
@Component
public class BillingDesk {
    private static final int CATCH_UP_ATTEMPTS = 50;
    private static final long CATCH_UP_PAUSE_MILLIS = 100;
    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Clock clock;
    private final ReadModels readModels;

    public BillingDesk(CommandGateway commandGateway, QueryGateway queryGateway, Clock clock, ReadModels readModels) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.clock = clock;
        this.readModels = readModels;
    }

    /** What was closed: the month, how many invoices and their total in cents. */
    public record Closed(String month, int invoices, int total) {
    }

    /** The month as written in a path or a form; 400 when it is not {@code YYYY-MM}. */
    public static BillingMonth month(String value) {
        if (!BillingMonth.isValid(value)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "Mois invalide : attendu AAAA-MM.");
        }
        return new BillingMonth(value);
    }

    /** The month that has just ended: the one staff close first. */
    public BillingMonth lastEndedMonth() {
        return BillingMonth.of(LocalDate.now(clock).minusMonths(1));
    }

    public MonthPreview preview(BillingMonth month) {
        return queryGateway.query(new FindMonthPreview(month.value(), LocalDate.now(clock)), MonthPreview.class)
                .join();
    }

    public MonthSummary summary(BillingMonth month) {
        return queryGateway.query(new FindMonthSummary(month.value(), LocalDate.now(clock)), MonthSummary.class)
                .join();
    }

    public InvoiceView invoice(String invoiceId) {
        return queryGateway.query(new FindInvoice(invoiceId), ResponseTypes.optionalInstanceOf(InvoiceView.class))
                .join().orElseThrow(() -> ApiException.notFound("Facture"));
    }

    /** Closes the month with today's preview. */
    public Closed close(BillingMonth month) {
        return send(month, drafts(preview(month)));
    }

    /**
     * Closes the month with today's preview if it is still the one the agent confirmed ({@code fingerprint});
     * otherwise refuses so that the agent looks at it again.
     */
    public Closed close(BillingMonth month, String fingerprint) {
        MonthPreview preview = preview(month);
        if (!fingerprint(preview).equals(fingerprint)) {
            throw new ApiException(HttpStatus.CONFLICT, "PREVIEW_OUTDATED",
                    "L'aperçu a changé depuis votre confirmation : vérifiez-le de nouveau avant de clôturer.");
        }
        return send(month, drafts(preview));
    }

    /** Identifies a preview's content, so that a confirmation closes what was shown and nothing else. */
    public static String fingerprint(MonthPreview preview) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(drafts(preview).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Waits, a few seconds at most, until the read model shows the month closed, so that the page shown right after
     * a close shows its invoices rather than the preview.
     */
    public void awaitClosed(BillingMonth month) {
        for (int attempt = 0; attempt < CATCH_UP_ATTEMPTS; attempt++) {
            if (queryGateway.query(new FindMonthStatus(month.value()), MonthStatus.class).join().closed()) {
                return;
            }
            try {
                Thread.sleep(CATCH_UP_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Closed send(BillingMonth month, List<InvoiceDraft> drafts) {
        commandGateway.sendAndWait(new CloseMonth(BillingMessages.BILLING_ID, month.value(), drafts));
        // the invoices, with the credit notes the close applied to them, are listed by the time the staff look
        readModels.awaitCaughtUp(BillingProjection.PROCESSING_GROUP);
        return new Closed(month.value(), drafts.size(),
                drafts.stream().flatMap(draft -> draft.lines().stream()).mapToInt(line -> line.amount()).sum());
    }

    private static List<InvoiceDraft> drafts(MonthPreview preview) {
        return preview.invoices().stream().map(invoice -> new InvoiceDraft(invoice.familyId(),
                invoice.lines().stream().map(BilledLine::line).toList())).toList();
    }
}

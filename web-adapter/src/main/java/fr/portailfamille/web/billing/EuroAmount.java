package fr.portailfamille.web.billing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An amount typed by an agent in euros ({@code 2,80}, {@code 2.8}, {@code 12 €}), in cents. */
public final class EuroAmount {
    private static final Pattern EUROS = Pattern.compile("^(\\d{1,6})(?:[.,](\\d{1,2}))?$");

    private EuroAmount() {
    }

    /** The cents, or an {@link IllegalArgumentException} for anything that is not a positive amount. */
    public static int parseCents(String typed) {
        String text = typed == null ? "" : typed.replace("€", "").replace('\u00a0', ' ').replace(" ", "").trim();
        Matcher matcher = EUROS.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Montant invalide : écrivez-le en euros, par exemple 2,80.");
        }
        String decimals = matcher.group(2) == null ? "00" : (matcher.group(2) + "0").substring(0, 2);
        return Integer.parseInt(matcher.group(1)) * 100 + Integer.parseInt(decimals);
    }
}

package fr.portailfamille.api;

/**
 * A refusal that people must see: a business rule said no. The {@code code} is a stable UPPER_SNAKE word
 * that the API returns and the pages translate.
 */
public class RuleViolation extends RuntimeException {
    private final String code;

    public RuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

package fr.portailfamille.web.problem;

import org.springframework.http.HttpStatus;

/** A refusal decided by the web layer (unknown id, another family's data, missing consent). */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final String code;

    public ApiException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", what + " introuvable.");
    }

    public static ApiException forbidden() {
        return new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", "Accès refusé.");
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}

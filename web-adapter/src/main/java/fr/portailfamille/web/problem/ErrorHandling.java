package fr.portailfamille.web.problem;

import java.util.Map;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import fr.portailfamille.api.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One place that turns failures into answers: problem+json with a stable code for the API, a French page for
 * people. Bad input never becomes a 500 and never shows a stack trace.
 */
@ControllerAdvice
public class ErrorHandling {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);
    private static final String INVALID = "Requête invalide.";

    /** Rule codes whose HTTP status is not 409 (a business rule). */
    private static final Map<String, HttpStatus> STATUS_OF_CODE = Map.ofEntries(
            Map.entry("WEAK_PASSWORD", HttpStatus.BAD_REQUEST),
            Map.entry("INVALID_INPUT", HttpStatus.BAD_REQUEST),
            Map.entry("CONSENT_REQUIRED", HttpStatus.FORBIDDEN),
            Map.entry("MEDICAL_CONSENT_REQUIRED", HttpStatus.FORBIDDEN),
            Map.entry("STAFF_ONLY", HttpStatus.FORBIDDEN),
            Map.entry("EMAIL_CHANGED_BY_STAFF", HttpStatus.FORBIDDEN),
            Map.entry("FORBIDDEN", HttpStatus.FORBIDDEN),
            Map.entry("UNKNOWN_CHILD", HttpStatus.NOT_FOUND),
            Map.entry("NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("UNKNOWN_INVOICE", HttpStatus.NOT_FOUND),
            Map.entry("UNKNOWN_PERIOD", HttpStatus.NOT_FOUND),
            Map.entry("UNKNOWN_ACTIVITY", HttpStatus.NOT_FOUND),
            Map.entry("UNKNOWN_DOCUMENT", HttpStatus.NOT_FOUND),
            Map.entry("UNKNOWN_FORM", HttpStatus.NOT_FOUND));

    @ExceptionHandler(ApiException.class)
    public Object apiException(ApiException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, e.status(), e.code(), e.getMessage());
    }

    @ExceptionHandler(RuleViolation.class)
    public Object ruleViolation(RuleViolation e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, STATUS_OF_CODE.getOrDefault(e.code(), HttpStatus.CONFLICT), e.code(),
                e.getMessage());
    }

    /** Through Axon Server a refusal arrives wrapped, with its code in the details. */
    @ExceptionHandler(CommandExecutionException.class)
    public Object commandExecution(CommandExecutionException e, HttpServletRequest request,
                                   HttpServletResponse response) {
        if (e.getCause() instanceof RuleViolation violation) {
            return ruleViolation(violation, request, response);
        }
        if (e.getCause() instanceof IllegalArgumentException invalid) {
            return invalidInput(invalid, request, response);
        }
        String code = e.getDetails().map(String::valueOf).orElse(null);
        if (code != null && code.matches("[A-Z_]+")) {
            return answer(request, response, STATUS_OF_CODE.getOrDefault(code, HttpStatus.CONFLICT), code,
                    e.getMessage());
        }
        return unexpected(e, request, response);
    }

    /** A command for an aggregate, or a part of one, that does not exist. */
    @ExceptionHandler({AggregateNotFoundException.class, AggregateEntityNotFoundException.class})
    public Object unknownAggregate(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.NOT_FOUND, "NOT_FOUND", "Élément introuvable.");
    }

    /** Two changes of the same thing at the same moment: the second one may simply be sent again. */
    @ExceptionHandler(ConcurrencyException.class)
    public Object concurrentChange(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.CONFLICT, "CONCURRENT_CHANGE",
                "Une autre modification vient d'être enregistrée : réessayez.");
    }

    /** A body cut off as it was read ({@link JsonBodyLimit}) arrives wrapped by Jackson and Spring. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public Object unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request,
                                 HttpServletResponse response) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException refusal) {
                return apiException(refusal, request, response);
            }
        }
        return invalidInput(e, request, response);
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
            BindException.class, HandlerMethodValidationException.class})
    public Object invalidInput(Exception e, HttpServletRequest request, HttpServletResponse response) {
        String detail = e instanceof IllegalArgumentException invalid ? detailOf(invalid) : INVALID;
        return answer(request, response, HttpStatus.BAD_REQUEST, "INVALID_INPUT", detail);
    }

    /** The portal's refusals are worded for people; the JDK's (an unknown enum constant, a number) name classes. */
    private static String detailOf(IllegalArgumentException e) {
        StackTraceElement[] trace = e.getStackTrace();
        boolean ours = trace.length > 0 && trace[0].getClassName().startsWith("fr.portailfamille.");
        return ours && e.getMessage() != null ? e.getMessage() : INVALID;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public Object unsupportedMediaType(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                "Type de contenu non pris en charge.");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    public Object notAcceptable(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE",
                "Format de réponse non disponible.");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public Object tooLarge(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                "Le fichier est trop volumineux.");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    public Object notFound(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.NOT_FOUND, "NOT_FOUND", "Cette page n'existe pas.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public Object methodNotAllowed(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                "Méthode non autorisée.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    public Object accessDenied(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN", "Accès refusé.");
    }

    @ExceptionHandler(Exception.class)
    public Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        LOG.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "Une erreur inattendue est survenue.");
    }

    private static Object answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                                 String code, String detail) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return Problems.response(status, code, detail);
        }
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("erreur");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", detail);
        return page;
    }
}

package fr.portailfamille.web.family;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import fr.portailfamille.api.Role;
import fr.portailfamille.api.family.FamilyDossier;
import fr.portailfamille.api.family.FindFamilyDossier;
import fr.portailfamille.web.problem.ApiException;
import fr.portailfamille.web.security.PortailUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Until a parent consents to the use of personal data (RGPD), the portal shows them the consent page only: other
 * pages lead there, other API calls answer 403 {@code CONSENT_REQUIRED}. What stays open is registered with the
 * interceptor ({@link fr.portailfamille.web.config.FamilyConfiguration}).
 */
@Component
public class ConsentGate implements HandlerInterceptor {
    public static final String CONSENT_PAGE = "/consentement";

    private final QueryGateway queryGateway;

    public ConsentGate(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PortailUser user)
                || user.role() != Role.PARENT || hasConsented(user.familyId())) {
            return true;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw new ApiException(HttpStatus.FORBIDDEN, "CONSENT_REQUIRED",
                    "Répondez d'abord à l'autorisation de saisie de vos données personnelles (RGPD).");
        }
        response.sendRedirect(request.getContextPath() + CONSENT_PAGE);
        return false;
    }

    private boolean hasConsented(String familyId) {
        return queryGateway.query(new FindFamilyDossier(familyId),
                        ResponseTypes.optionalInstanceOf(FamilyDossier.class)).join()
                .map(FamilyDossier::personalDataConsent).orElse(false);
    }
}

package fr.portailfamille.web.config;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.portailfamille.api.account.LoginChannel;
import fr.portailfamille.web.problem.Problems;

/**
 * The JSON API authenticates every request with HTTP Basic and keeps no session; the pages use a French form login
 * with a session and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {
    private static final String LOCKED_MESSAGE =
            "Compte bloqué pendant 15 minutes après 5 essais infructueux : réessayez plus tard.";

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    public SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/accounts/activate").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationDetailsSource(request -> LoginChannel.API)
                        .authenticationEntryPoint((request, response, failure) -> {
                            if (failure instanceof LockedException) {
                                Problems.write(response, objectMapper, HttpStatus.UNAUTHORIZED, "ACCOUNT_LOCKED",
                                        LOCKED_MESSAGE);
                            } else {
                                Problems.write(response, objectMapper, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                                        "Identifiant ou mot de passe incorrect.");
                            }
                        }))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, failure) -> Problems.write(response,
                                objectMapper, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                                "Authentification requise."))
                        .accessDeniedHandler((request, response, denied) -> Problems.write(response, objectMapper,
                                HttpStatus.FORBIDDEN, "FORBIDDEN", "Accès refusé.")))
                .build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/connexion", "/activation/**", "/css/**", "/js/**", "/webjars/**",
                                "/favicon.ico", "/error", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .requestMatchers("/actuator/**").hasRole("STAFF")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/connexion").usernameParameter("email")
                        .authenticationDetailsSource(request -> LoginChannel.FORM)
                        .defaultSuccessUrl("/", false).failureHandler(loginFailures()).permitAll())
                .logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/connexion?deconnecte"))
                .build();
    }

    /** A locked account is told apart, so that its owner knows to wait rather than retry. */
    private static AuthenticationFailureHandler loginFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/connexion?erreur");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/connexion?bloque"));
        return failures;
    }
}

package fr.portailfamille.web.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.portailfamille.web.problem.Problems;

/**
 * The JSON API authenticates every request with HTTP Basic and keeps no session; the pages use a French form login
 * with a session and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

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
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) -> Problems.write(
                        response, objectMapper, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                        "Identifiant ou mot de passe incorrect.")))
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
                        .defaultSuccessUrl("/", false).failureUrl("/connexion?erreur").permitAll())
                .logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/connexion?deconnecte"))
                .build();
    }
}

package fr.portailfamille.web.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import fr.portailfamille.api.Role;

/** The signed-in person: account id, role and, for a parent, the one family they may see. */
public final class PortailUser implements UserDetails, CredentialsContainer {
    private final String userId;
    private final String email;
    private final Role role;
    private final String familyId;
    private String passwordHash;

    public PortailUser(String userId, String email, Role role, String familyId, String passwordHash) {
        this.userId = userId;
        this.email = email;
        this.role = role;
        this.familyId = familyId;
        this.passwordHash = passwordHash;
    }

    public String userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    public String familyId() {
        return familyId;
    }

    public boolean isStaff() {
        return role == Role.STAFF;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    /** Spring Security calls this after authentication so that the hash does not linger in the session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "PortailUser[" + userId + ", " + role + "]";
    }
}

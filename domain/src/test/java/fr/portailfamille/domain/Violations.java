package fr.portailfamille.domain;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import fr.portailfamille.api.RuleViolation;

/** Matches a {@link RuleViolation} by its stable code, for {@code expectException(...)} in aggregate fixtures. */
public final class Violations {
    private Violations() {
    }

    public static Matcher<RuleViolation> violation(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return code.equals(violation.code());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation " + code);
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description mismatch) {
                mismatch.appendText("was " + violation.code());
            }
        };
    }
}

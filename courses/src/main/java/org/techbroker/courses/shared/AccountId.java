package org.techbroker.courses.shared;

/**
 * Identifies a person across modules. Accounts live in the web application; the courses and
 * certification modules keep only this id, never a relationship to the account entity, so that
 * dependencies between modules stay one-way.
 */
public record AccountId(long value) {

    public AccountId {
        if (value <= 0) {
            throw new IllegalArgumentException("An account id is positive, not " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

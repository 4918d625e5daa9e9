package org.techbroker.app.account;

/**
 * A page of the account list: an optional text to look for (in usernames, emails and names), an
 * optional role the accounts must have, and the page bounds.
 */
public record AccountSearch(String text, Role role, int first, int pageSize) {

    public static final int MAX_PAGE_SIZE = 200;

    public AccountSearch {
        text = text == null || text.isBlank() ? null : text.trim();
        first = Math.max(0, first);
        pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
    }
}

package org.techbroker.app.review.chief;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.courses.shared.AccountId;

/**
 * Names examiners for the chief examiner's pages: the review module knows them by account id
 * only. Looked up once per request, since a page names the same few examiners on many rows.
 * Only ever given the ids of markings' holders and actors, never a script's candidate.
 */
@RequestScoped
public class ExaminerNames {

    @Inject
    AccountService accounts;

    private final Map<AccountId, String> labels = new HashMap<>();

    /** "Name (username)" in the page's language; an account that no longer exists by its number. */
    public String label(AccountId examiner) {
        if (examiner == null) {
            return "";
        }
        return labels.computeIfAbsent(examiner, this::lookUp);
    }

    private String lookUp(AccountId examiner) {
        boolean chinese = "zh".equals(FacesMessages.locale().getLanguage());
        return accounts.findById(examiner)
                .map(account -> FacesMessages.text(
                        "review_chief.examiner", chinese ? account.nameZh() : account.nameLatin(), account.username()))
                .orElseGet(() -> FacesMessages.text("review_chief.examiner_unknown", String.valueOf(examiner.value())));
    }
}

package org.techbroker.app.admin.exams;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.admin.courses.Pages;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Formats;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.RegistrationRow;
import org.techbroker.certification.exam.Sitting;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException;

/**
 * A sitting's candidates: who they are (looked up by account id, as the exam module knows them),
 * the extra time each has (editable, also while their attempt runs: its deadline moves at once),
 * their attempt's state, deadline, score and outcome; and the release of the results.
 */
@Named
@ViewScoped
public class RegistrationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A candidate as the table shows them, with the extra time being edited. */
    public static class CandidateRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long accountId;
        private final String username;
        private final String nameZh;
        private final String nameLatin;
        private final String registeredAt;
        private final String state;
        private final String deadline;
        private final String score;
        private final String outcome;
        private Integer extraMinutes;

        CandidateRow(
                long accountId,
                String username,
                String nameZh,
                String nameLatin,
                String registeredAt,
                int extraMinutes,
                String state,
                String deadline,
                String score,
                String outcome) {
            this.accountId = accountId;
            this.username = username;
            this.nameZh = nameZh;
            this.nameLatin = nameLatin;
            this.registeredAt = registeredAt;
            this.extraMinutes = extraMinutes;
            this.state = state;
            this.deadline = deadline;
            this.score = score;
            this.outcome = outcome;
        }

        public long getAccountId() {
            return accountId;
        }

        public String getUsername() {
            return username;
        }

        public String getNameZh() {
            return nameZh;
        }

        public String getNameLatin() {
            return nameLatin;
        }

        public String getRegisteredAt() {
            return registeredAt;
        }

        public Integer getExtraMinutes() {
            return extraMinutes;
        }

        public void setExtraMinutes(Integer extraMinutes) {
            this.extraMinutes = extraMinutes;
        }

        public String getState() {
            return state;
        }

        public String getDeadline() {
            return deadline;
        }

        public String getScore() {
            return score;
        }

        public String getOutcome() {
            return outcome;
        }
    }

    @Inject
    transient ExamAdministration administration;

    @Inject
    transient AccountService accounts;

    @Inject
    transient Formats formats;

    private String sitting;
    private long sittingId;
    private String title;
    private boolean released;
    private String releasedAt;
    private List<CandidateRow> candidates = List.of();

    public void load() {
        Optional<Long> id = Pages.id(sitting);
        if (id.isEmpty()) {
            Pages.notFound();
            return;
        }
        try {
            show(administration.sitting(id.get()));
        } catch (DomainException e) {
            Pages.notFound();
        }
    }

    private void show(Sitting found) {
        sittingId = found.id();
        title = found.title().in(FacesMessages.locale());
        released = found.resultsReleased();
        releasedAt = found.resultsReleasedAt().map(formats::dateTime).orElse("");
        candidates =
                administration.registrations(sittingId).stream().map(this::row).toList();
    }

    private CandidateRow row(RegistrationRow registration) {
        Optional<Account> account = accounts.findById(registration.account());
        return new CandidateRow(
                registration.account().value(),
                account.map(Account::username)
                        .orElse("#" + registration.account().value()),
                account.map(Account::nameZh).orElse(""),
                account.map(Account::nameLatin).orElse(""),
                formats.dateTime(registration.registeredAt()),
                registration.extraMinutes(),
                registration.attemptState() == null
                        ? FacesMessages.text("admin_exams_registrations.not_started")
                        : FacesMessages.text(
                                "AttemptState." + registration.attemptState().name()),
                formats.dateTime(registration.deadline()),
                score(registration),
                registration.outcome() == null
                        ? ""
                        : FacesMessages.text("Outcome." + registration.outcome().name()));
    }

    private static String score(RegistrationRow registration) {
        if (registration.objectivePoints() == null) {
            return "";
        }
        String objective = plain(registration.objectivePoints()) + " / " + registration.objectiveMax();
        return registration.essayMax() == 0
                ? objective
                : objective + " · "
                        + (registration.essayPoints() == null ? "–" : plain(registration.essayPoints())) + " / "
                        + registration.essayMax();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public void grant(CandidateRow candidate) {
        if (candidate.extraMinutes == null) {
            FacesMessages.error(null, "admin_exams_registrations.message.extra_required");
            return;
        }
        try {
            administration.grantExtraTime(sittingId, new AccountId(candidate.accountId), candidate.extraMinutes);
            FacesMessages.info(
                    "admin_exams_registrations.message.extra_granted", candidate.username, candidate.extraMinutes);
            show(administration.sitting(sittingId));
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
    }

    public void release() {
        try {
            administration.releaseResults(sittingId);
            FacesMessages.info("admin_exams_registrations.message.released");
            show(administration.sitting(sittingId));
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
    }

    public String getSitting() {
        return sitting;
    }

    public void setSitting(String sitting) {
        this.sitting = sitting;
    }

    public long getSittingId() {
        return sittingId;
    }

    public String getTitle() {
        return title;
    }

    public boolean isReleased() {
        return released;
    }

    public String getReleasedAt() {
        return releasedAt;
    }

    public List<CandidateRow> getCandidates() {
        return candidates;
    }
}

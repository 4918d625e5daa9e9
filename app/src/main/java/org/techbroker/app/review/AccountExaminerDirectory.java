package org.techbroker.app.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountRepository;
import org.techbroker.app.account.Role;
import org.techbroker.certification.review.ExaminerDirectory;
import org.techbroker.courses.shared.AccountId;

/** Answers essay review's questions about people from the accounts: examiners are accounts with the role. */
@ApplicationScoped
public class AccountExaminerDirectory implements ExaminerDirectory {

    @Inject
    AccountRepository accounts;

    /** Examiners and chief examiners; those whose account an administrator locked get no new scripts. */
    @Override
    public List<Examiner> examiners() {
        return Stream.concat(accounts.withRole(Role.EXAMINER).stream(), accounts.withRole(Role.CHIEF_EXAMINER).stream())
                .distinct()
                .filter(account -> !account.isLocked())
                .map(account -> new Examiner(account.id(), account.hasRole(Role.CHIEF_EXAMINER)))
                .toList();
    }

    @Override
    public Optional<String> organisation(AccountId candidate) {
        return accounts.findById(candidate).flatMap(Account::organisation);
    }
}

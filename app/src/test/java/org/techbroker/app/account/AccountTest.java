package org.techbroker.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final int THRESHOLD = 3;
    private static final Duration LOCK_OUT = Duration.ofMinutes(15);

    private static PersonalDetails details(String username) {
        return new PersonalDetails(username, username + "@example.cn", "张三", "Zhang San", null);
    }

    private static Account account(String username) {
        return new Account(
                details(username),
                "pbkdf2-sha256$600000$c2FsdA$aGFzaA",
                EnumSet.of(Role.TRAINEE),
                NOW.minus(Duration.ofDays(30)));
    }

    @Test
    void aNewAccountAcceptsLoginsAndHasNoHistory() {
        Account account = account("zhangsan");

        assertThat(account.acceptsLoginAt(NOW)).isTrue();
        assertThat(account.isLocked()).isFalse();
        assertThat(account.failedLogins()).isZero();
        assertThat(account.lockedUntil()).isEmpty();
        assertThat(account.lastLoginAt()).isEmpty();
        assertThat(account.roles()).containsExactly(Role.TRAINEE);
    }

    @Test
    void locksOutOnlyWhenTheFailuresReachTheThreshold() {
        Account account = account("zhangsan");

        assertThat(account.recordFailedLogin(NOW, THRESHOLD, LOCK_OUT)).isFalse();
        assertThat(account.recordFailedLogin(NOW.plusSeconds(1), THRESHOLD, LOCK_OUT))
                .isFalse();
        assertThat(account.failedLogins()).isEqualTo(2);
        assertThat(account.lockedUntil()).isEmpty();
        assertThat(account.acceptsLoginAt(NOW.plusSeconds(2))).isTrue();

        Instant third = NOW.plusSeconds(2);
        assertThat(account.recordFailedLogin(third, THRESHOLD, LOCK_OUT)).isTrue();

        assertThat(account.lockedUntil()).contains(third.plus(LOCK_OUT));
        assertThat(account.failedLogins()).isZero();
        assertThat(account.isLocked())
                .as("a lock-out is not an administrator's lock")
                .isFalse();
    }

    @Test
    void reportsTheLockOutOnlyOnceAndCountsAgainFromZero() {
        Account account = account("zhangsan");
        for (int i = 0; i < THRESHOLD; i++) {
            account.recordFailedLogin(NOW, THRESHOLD, LOCK_OUT);
        }

        assertThat(account.recordFailedLogin(NOW.plusSeconds(5), THRESHOLD, LOCK_OUT))
                .isFalse();
        assertThat(account.failedLogins()).isEqualTo(1);
        assertThat(account.lockedUntil()).contains(NOW.plus(LOCK_OUT));
    }

    @Test
    void refusesLoginsWhileLockedOutAndAcceptsThemAfterwards() {
        Account account = lockedOutAt(NOW);
        Instant until = NOW.plus(LOCK_OUT);

        assertThat(account.acceptsLoginAt(NOW)).isFalse();
        assertThat(account.isLockedOutAt(until.minusNanos(1))).isTrue();
        assertThat(account.acceptsLoginAt(until.minusNanos(1))).isFalse();
        assertThat(account.acceptsLoginAt(until)).isTrue();
        assertThat(account.isLockedOutAt(until)).isFalse();
        assertThat(account.acceptsLoginAt(until.plus(Duration.ofDays(1)))).isTrue();
    }

    @Test
    void anAdministratorsLockLastsUntilItIsLifted() {
        Account account = account("zhangsan");

        account.lock();

        assertThat(account.isLocked()).isTrue();
        assertThat(account.acceptsLoginAt(NOW)).isFalse();
        assertThat(account.acceptsLoginAt(NOW.plus(Duration.ofDays(365)))).isFalse();

        account.unlock();

        assertThat(account.isLocked()).isFalse();
        assertThat(account.acceptsLoginAt(NOW)).isTrue();
    }

    @Test
    void unlockingAlsoEndsALockOutAndForgetsTheFailures() {
        Account account = lockedOutAt(NOW);
        account.recordFailedLogin(NOW, THRESHOLD, LOCK_OUT);

        account.unlock();

        assertThat(account.lockedUntil()).isEmpty();
        assertThat(account.failedLogins()).isZero();
        assertThat(account.acceptsLoginAt(NOW)).isTrue();
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        Account account = account("zhangsan");
        account.recordFailedLogin(NOW, THRESHOLD, LOCK_OUT);
        account.recordFailedLogin(NOW, THRESHOLD, LOCK_OUT);
        Instant later = NOW.plusSeconds(60);

        account.recordSuccessfulLogin(later);

        assertThat(account.failedLogins()).isZero();
        assertThat(account.lockedUntil()).isEmpty();
        assertThat(account.lastLoginAt()).contains(later);
        // The count starts again: two more failures do not lock out.
        assertThat(account.recordFailedLogin(later, THRESHOLD, LOCK_OUT)).isFalse();
        assertThat(account.recordFailedLogin(later, THRESHOLD, LOCK_OUT)).isFalse();
    }

    @Test
    void equalityIsOnTheUsername() {
        Account one = account("zhangsan");
        Account sameUsername = new Account(
                new PersonalDetails("zhangsan", "other@example.cn", "李四", "Li Si", "Elsewhere"),
                "pbkdf2-sha256$600000$b3RoZXI$b3RoZXI",
                Set.of(Role.ADMIN),
                NOW);

        assertThat(one).isEqualTo(sameUsername).hasSameHashCodeAs(sameUsername);
        assertThat(one).isNotEqualTo(account("lisi")).isNotEqualTo(null).isNotEqualTo("zhangsan");
    }

    @Test
    void updatesDetailsButNeverTheUsername() {
        Account account = account("zhangsan");
        var changed = new PersonalDetails("zhangsan", "new@example.cn", "张三丰", "Zhang Sanfeng", "武当");

        account.updateDetails(changed);

        assertThat(account.details()).isEqualTo(changed);
        assertThat(account.organisation()).contains("武当");
        assertThatIllegalArgumentException().isThrownBy(() -> account.updateDetails(details("lisi")));
        assertThat(account.username()).isEqualTo("zhangsan");
        assertThat(account.email()).isEqualTo("new@example.cn");
    }

    @Test
    void keepsItsOwnCopyOfTheRoles() {
        Set<Role> roles = EnumSet.of(Role.TRAINEE);
        Account account = new Account(details("zhangsan"), "hash", roles, NOW);

        roles.add(Role.ADMIN);

        assertThat(account.hasRole(Role.ADMIN)).isFalse();
        assertThatThrownBy(() -> account.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Account(details("lisi"), "hash", Set.of(), NOW).roles()).isEmpty();
    }

    @Test
    void grantsAndRevokesRoles() {
        Account account = account("zhangsan");

        account.grant(Role.EXAMINER);
        account.revoke(Role.TRAINEE);

        assertThat(account.roles()).containsExactly(Role.EXAMINER);
    }

    @Test
    void remembersThePreferredLocaleAsALanguageTag() {
        Account account = account("zhangsan");
        assertThat(account.preferredLocale()).isEmpty();

        account.preferLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(account.preferredLocale()).contains(Locale.SIMPLIFIED_CHINESE);

        account.preferLocale(null);
        assertThat(account.preferredLocale()).isEmpty();
    }

    @Test
    void requiresAUsernameAHashAndACreationTime() {
        assertThatThrownBy(() -> new Account(details(null), "hash", Set.of(), NOW))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Account(details("zhangsan"), null, Set.of(), NOW))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Account(details("zhangsan"), "hash", Set.of(), null))
                .isInstanceOf(NullPointerException.class);
    }

    private static Account lockedOutAt(Instant when) {
        Account account = account("zhangsan");
        for (int i = 0; i < THRESHOLD; i++) {
            account.recordFailedLogin(when, THRESHOLD, LOCK_OUT);
        }
        assertThat(account.lockedUntil()).contains(when.plus(LOCK_OUT));
        return account;
    }
}

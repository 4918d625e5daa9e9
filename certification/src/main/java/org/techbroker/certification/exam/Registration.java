package org.techbroker.certification.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.techbroker.courses.shared.AccountId;

/** A candidate's place in a sitting, with the extra time an administrator granted them. */
@Entity
@Table(name = "exam_registration")
public class Registration {

    public static final int MAX_EXTRA_MINUTES = 600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "sitting_id", nullable = false, updatable = false)
    private Sitting sitting;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "extra_minutes", nullable = false)
    private int extraMinutes;

    @Version
    private long version;

    protected Registration() {
        // for JPA
    }

    public Registration(Sitting sitting, AccountId account, Instant now) {
        this.sitting = sitting;
        this.accountId = account.value();
        this.registeredAt = now;
    }

    void grantExtraTime(int minutes) {
        extraMinutes = minutes;
    }

    public Long id() {
        return id;
    }

    public Sitting sitting() {
        return sitting;
    }

    public AccountId account() {
        return new AccountId(accountId);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public int extraMinutes() {
        return extraMinutes;
    }
}

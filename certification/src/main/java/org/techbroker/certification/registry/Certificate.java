package org.techbroker.certification.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * A broker certificate: who holds which level, from when to when, and where it stands. The number
 * is the business key. The holder's names are copied at issue, because the certificate says what
 * was certified then; a change of name is a re-issue. Status changes go through the registry,
 * which writes the history event in the same transaction.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    public static final int NAME_ZH_MAX = 40;
    public static final int NAME_LATIN_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = CertificateNumber.LENGTH)
    private String number;

    @Column(name = "issue_year", nullable = false, updatable = false)
    private int issueYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private QualificationLevel level;

    @Column(name = "serial_no", nullable = false, updatable = false)
    private int serial;

    @Column(nullable = false, updatable = false, length = 60)
    private String tracks;

    @Column(name = "holder_id", nullable = false, updatable = false)
    private long holderId;

    @Column(name = "holder_name_zh", nullable = false, updatable = false, length = NAME_ZH_MAX)
    private String holderNameZh;

    @Column(name = "holder_name_latin", nullable = false, updatable = false, length = NAME_LATIN_MAX)
    private String holderNameLatin;

    @Column(name = "attempt_id", updatable = false)
    private Long attemptId;

    @Column(name = "supersedes_id", updatable = false)
    private Long supersedesId;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CertificateStatus status;

    @Column(name = "status_list_id", nullable = false, updatable = false)
    private long statusListId;

    @Column(name = "status_index", nullable = false, updatable = false)
    private int statusIndex;

    @Column(name = "pdf_sha256", length = 64)
    private String pdfSha256;

    @Version
    private long version;

    protected Certificate() {
        // for JPA
    }

    Certificate(
            CertificateNumber number,
            Set<Track> tracks,
            AccountId holder,
            HolderNames names,
            Long attemptId,
            Long supersedesId,
            LocalDate issuedOn,
            LocalDate expiresOn,
            Instant issuedAt,
            StatusListPlace place) {
        if (!expiresOn.isAfter(issuedOn)) {
            throw new IllegalArgumentException("A certificate expires after it is issued");
        }
        this.number = number.value();
        this.issueYear = number.year();
        this.level = number.level();
        this.serial = number.serial();
        this.tracks = tracks.stream().sorted().map(Track::name).collect(Collectors.joining(","));
        this.holderId = holder.value();
        this.holderNameZh = names.zh();
        this.holderNameLatin = names.latin();
        this.attemptId = attemptId;
        this.supersedesId = supersedesId;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.issuedAt = issuedAt;
        this.status = CertificateStatus.ACTIVE;
        this.statusListId = place.listId();
        this.statusIndex = place.index();
    }

    /** Moves to the next status; the registry checks the move and records it. */
    void moveTo(CertificateStatus next) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException(status + " cannot become " + next);
        }
        status = next;
    }

    void recordDocument(String sha256) {
        this.pdfSha256 = Objects.requireNonNull(sha256);
    }

    public Long id() {
        return id;
    }

    public CertificateNumber number() {
        return new CertificateNumber(issueYear, level, serial);
    }

    public String numberText() {
        return number;
    }

    public QualificationLevel level() {
        return level;
    }

    public Set<Track> tracks() {
        if (tracks.isEmpty()) {
            return EnumSet.noneOf(Track.class);
        }
        return Arrays.stream(tracks.split(","))
                .map(Track::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Track.class)));
    }

    public AccountId holder() {
        return new AccountId(holderId);
    }

    public HolderNames holderNames() {
        return new HolderNames(holderNameZh, holderNameLatin);
    }

    public Optional<Long> attemptId() {
        return Optional.ofNullable(attemptId);
    }

    /** The certificate this one replaced (a renewal or a change of name). */
    public Optional<Long> supersedesId() {
        return Optional.ofNullable(supersedesId);
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    /** The status as recorded by the last event. */
    public CertificateStatus recordedStatus() {
        return status;
    }

    /**
     * The status as of the day: an active certificate past its expiry date reads expired at once,
     * before the sweep writes the event. A suspended one stays suspended: the suspension is what
     * verifiers must see, and it must not lapse into an expiry that a renewal could then lift.
     * The expiry date is the first day the certificate is no longer valid.
     */
    public CertificateStatus statusOn(LocalDate day) {
        if (status == CertificateStatus.ACTIVE && !day.isBefore(expiresOn)) {
            return CertificateStatus.EXPIRED;
        }
        return status;
    }

    public StatusListPlace statusListPlace() {
        return new StatusListPlace(statusListId, statusIndex);
    }

    public Optional<String> pdfSha256() {
        return Optional.ofNullable(pdfSha256);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Certificate that && number.equals(that.number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }
}

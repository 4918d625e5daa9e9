package org.techbroker.certification.cpd;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.exam.ExamTime;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateNumber;
import org.techbroker.certification.registry.CertificateRegistry;
import org.techbroker.certification.registry.CertificateStatus;
import org.techbroker.certification.registry.RegistryChain;
import org.techbroker.certification.registry.RegistrySettings;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.content.AttachmentType;
import org.techbroker.courses.enrolment.CourseCompletion;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;

/**
 * The CPD use cases over the repository and the registry. A holder's "current" certificate is
 * their newest one that is active today, or expired no longer ago than the renewal grace: entries
 * count towards it, and it is the one they renew. Evidence files are checked the way lesson files
 * are ({@link AttachmentType}): by name and by their first bytes, never by what the client says.
 */
@ApplicationScoped
@Transactional
@ValidateOnExecution
public class DefaultCpdService implements CpdService {

    static final int QUEUE_LIMIT = 500;
    static final String RENEWAL_REASON = "registry.reason.renewed";

    @Inject
    CpdRepository activities;

    @Inject
    CpdSettings settings;

    @Inject
    CertificateRegistry registry;

    @Inject
    RegistrySettings registrySettings;

    @Inject
    CatalogService catalog;

    @Inject
    Clock clock;

    private AuditDraw audit;

    @PostConstruct
    void init() {
        audit = new AuditDraw(new SecureRandom(), settings.auditPercent());
    }

    @Override
    public CpdTariff tariff() {
        return settings.tariff();
    }

    @Override
    public List<CpdActivity> activities(AccountId holder) {
        return activities.ofHolder(holder);
    }

    @Override
    public CpdActivity log(AccountId holder, CpdEntry entry) {
        Instant now = ExamTime.now(clock);
        LocalDate today = registrySettings.today();
        if (entry.category() == null) {
            throw invalid("cpd.error.category_missing");
        }
        CpdRule rule = tariff().rule(entry.category())
                .orElseThrow(() -> invalid("cpd.error.category_unknown", entry.category()));
        String title = entry.title() == null ? "" : entry.title().strip();
        if (title.isEmpty()) {
            throw invalid("cpd.error.title_missing");
        }
        if (title.length() > CpdActivity.TITLE_MAX) {
            throw invalid("cpd.error.title_too_long", CpdActivity.TITLE_MAX);
        }
        if (entry.quantity() == null
                || entry.quantity().signum() <= 0
                || entry.quantity().compareTo(CpdEntry.QUANTITY_MAX) > 0
                || entry.quantity().stripTrailingZeros().scale() > CpdRule.SCALE) {
            throw invalid("cpd.error.quantity_range", CpdEntry.QUANTITY_MAX);
        }
        if (entry.date() == null) {
            throw invalid("cpd.error.date_missing");
        }
        if (entry.date().isAfter(today)) {
            throw invalid("cpd.error.date_future");
        }
        Certificate certificate = current(holder, today)
                .orElseThrow(() -> new CertificationException(Kind.CONFLICT, "cpd.error.no_certificate"));
        CpdCycle cycle = cycle(certificate);
        if (!cycle.accepts(entry.date(), today)) {
            throw invalid("cpd.error.date_before_cycle", cycle.start());
        }
        CpdActivity activity = CpdActivity.logged(
                holder,
                certificate.id(),
                entry.category(),
                title,
                entry.date(),
                entry.quantity(),
                rule.credits(entry.quantity()),
                audit.draw(),
                now);
        activities.add(activity);
        activities.flush();
        return activity;
    }

    @Override
    public CpdActivity log(AccountId holder, CpdEntry entry, String fileName, InputStream evidence) {
        CpdActivity activity = log(holder, entry);
        return evidence == null ? activity : attachEvidence(holder, activity.id(), fileName, evidence);
    }

    @Override
    public CpdActivity attachEvidence(AccountId holder, long activityId, String fileName, InputStream content) {
        CpdActivity activity = own(holder, activityId);
        if (activity.state() != CpdState.PENDING) {
            throw new CertificationException(Kind.CONFLICT, "cpd.error.already_decided", activity.title());
        }
        String name = AttachmentType.cleanFileName(fileName);
        if (AttachmentType.ofFileName(name).isEmpty()) {
            throw invalid("cpd.error.evidence_type", name);
        }
        long limit = settings.evidenceMaxBytes();
        byte[] bytes = readAtMost(content, limit, name);
        if (bytes.length == 0) {
            throw invalid("cpd.error.evidence_empty", name);
        }
        AttachmentType type = AttachmentType.sniff(bytes)
                .filter(sniffed -> AttachmentType.ofFileName(name).get() == sniffed)
                .orElseThrow(() -> invalid("cpd.error.evidence_content", name));
        Instant now = ExamTime.now(clock);
        activity.attachEvidence(name, type.contentType(), RegistryChain.sha256(bytes));
        Optional<CpdEvidence> stored = activities.evidence(activityId);
        if (stored.isPresent()) {
            stored.get().replace(bytes, now);
        } else {
            activities.add(new CpdEvidence(activityId, bytes, now));
        }
        return activity;
    }

    @Override
    public EvidenceFile evidence(AccountId holder, long activityId) {
        return file(own(holder, activityId));
    }

    @Override
    public EvidenceFile evidenceForReview(long activityId) {
        return file(get(activityId));
    }

    @Override
    public Optional<HolderStanding> standing(AccountId holder) {
        LocalDate today = registrySettings.today();
        return current(holder, today).map(c -> standingOf(c, today));
    }

    @Override
    public Certificate renew(AccountId holder, CertificateNumber number) {
        LocalDate today = registrySettings.today();
        Certificate certificate = registry.find(number)
                .filter(c -> c.holder().equals(holder))
                .orElseThrow(() -> new CertificationException(
                        Kind.NOT_FOUND, "registry.error.certificate_not_found", number.value()));
        HolderStanding standing = standingOf(certificate, today);
        CertificateStatus status = standing.status();
        if (status != CertificateStatus.ACTIVE && status != CertificateStatus.EXPIRED) {
            throw new CertificationException(Kind.CONFLICT, "cpd.error.not_renewable", number.value(), status);
        }
        if (today.isAfter(standing.graceEnds())) {
            throw new CertificationException(
                    Kind.CONFLICT, "cpd.error.grace_over", number.value(), standing.graceEnds());
        }
        if (!standing.standing().met()) {
            throw new CertificationException(
                    Kind.CONFLICT,
                    "cpd.error.credits_short",
                    standing.standing().total(),
                    standing.standing().required());
        }
        return registry.renew(number, holder, standing.renewedExpiry());
    }

    @Override
    public List<CpdActivity> inState(CpdState state) {
        return activities.inState(state, QUEUE_LIMIT);
    }

    @Override
    public CpdActivity approve(long activityId, AccountId by) {
        CpdActivity activity = lock(activityId);
        activity.approve(by, ExamTime.now(clock));
        return activity;
    }

    @Override
    public CpdActivity reject(long activityId, AccountId by, String reason) {
        String text = reason.strip();
        if (text.isEmpty()) {
            throw invalid("cpd.error.reason_missing");
        }
        CpdActivity activity = lock(activityId);
        activity.reject(by, ExamTime.now(clock), text);
        return activity;
    }

    @Override
    public void credit(CourseCompletion completion) {
        Instant now = ExamTime.now(clock);
        LocalDate completedOn = LocalDate.ofInstant(completion.completedAt(), registrySettings.zone());
        Long certificateId = current(completion.account(), registrySettings.today())
                .map(Certificate::id)
                .orElse(null);
        String code = completion.course().value();
        if (activities.courseCredited(completion.account(), code, certificateId)) {
            return;
        }
        String title = catalog.find(completion.course())
                .map(Course::title)
                .map(t -> t.zh().equals(t.en()) ? t.en() : t.zh() + " / " + t.en())
                .orElse(code);
        if (title.length() > CpdActivity.TITLE_MAX) {
            title = title.substring(0, CpdActivity.TITLE_MAX);
        }
        BigDecimal hours = BigDecimal.valueOf(Math.max(1, completion.creditHours()));
        activities.add(CpdActivity.courseCompleted(
                completion.account(),
                certificateId,
                code,
                title,
                completedOn,
                hours,
                tariff().credits(CpdCategory.COURSE, hours),
                now));
    }

    private HolderStanding standingOf(Certificate certificate, LocalDate today) {
        CpdCycle cycle = cycle(certificate);
        Map<CpdCategory, BigDecimal> approved = new EnumMap<>(CpdCategory.class);
        BigDecimal pending = BigDecimal.ZERO;
        for (CpdActivity activity : activities.ofCertificate(certificate.id())) {
            if (activity.state() == CpdState.APPROVED) {
                approved.merge(activity.category(), activity.credits(), BigDecimal::add);
            } else if (activity.state() == CpdState.PENDING) {
                pending = pending.add(activity.credits());
            }
        }
        CpdStanding standing = tariff().standing(approved, pending);
        CertificateStatus status = certificate.statusOn(today);
        LocalDate graceEnds = cycle.end().plusDays(settings.renewalGraceDays());
        boolean renewable = standing.met()
                && (status == CertificateStatus.ACTIVE || status == CertificateStatus.EXPIRED)
                && cycle.renewableOn(today, settings.renewalGraceDays());
        return new HolderStanding(
                certificate,
                status,
                cycle,
                standing,
                renewable,
                cycle.renewedExpiry(today, registrySettings.validityYears()),
                graceEnds);
    }

    /** The holder's newest certificate that is active today or expired within the grace. */
    private Optional<Certificate> current(AccountId holder, LocalDate today) {
        return registry.certificatesOf(holder).stream()
                .filter(c -> {
                    CertificateStatus status = c.statusOn(today);
                    return status == CertificateStatus.ACTIVE
                            || (status == CertificateStatus.EXPIRED
                                    && !today.isAfter(c.expiresOn().plusDays(settings.renewalGraceDays())));
                })
                .findFirst();
    }

    private static CpdCycle cycle(Certificate certificate) {
        return new CpdCycle(certificate.issuedOn(), certificate.expiresOn());
    }

    private EvidenceFile file(CpdActivity activity) {
        CpdEvidence evidence = activities
                .evidence(activity.id())
                .orElseThrow(
                        () -> new CertificationException(Kind.NOT_FOUND, "cpd.error.evidence_missing", activity.id()));
        return new EvidenceFile(
                activity.evidenceName().orElse("evidence"),
                activity.evidenceType().orElse("application/octet-stream"),
                evidence.content());
    }

    private CpdActivity own(AccountId holder, long activityId) {
        return activities
                .find(activityId)
                .filter(a -> a.holder().equals(holder))
                .orElseThrow(() -> notFound(activityId));
    }

    private CpdActivity get(long activityId) {
        return activities.find(activityId).orElseThrow(() -> notFound(activityId));
    }

    /**
     * The activity, locked for a decision: a second administrator deciding the same entry at the
     * same moment waits, then finds it decided (a conflict), rather than failing at the commit.
     */
    private CpdActivity lock(long activityId) {
        return activities.lock(activityId).orElseThrow(() -> notFound(activityId));
    }

    private static byte[] readAtMost(InputStream content, long limit, String name) {
        try {
            byte[] bytes = content.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw invalid("cpd.error.evidence_too_large", name, limit / 1024);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the upload " + name, e);
        }
    }

    private static CertificationException notFound(long activityId) {
        return new CertificationException(Kind.NOT_FOUND, "cpd.error.activity_not_found", activityId);
    }

    private static CertificationException invalid(String key, Object... arguments) {
        return new CertificationException(Kind.INVALID, key, arguments);
    }
}

package org.techbroker.certification.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.cpd.CpdService;
import org.techbroker.certification.exam.Attempt;
import org.techbroker.certification.exam.ExamRepository;
import org.techbroker.certification.exam.ExamTime;
import org.techbroker.certification.exam.Outcome;
import org.techbroker.certification.exam.Registration;
import org.techbroker.certification.exam.Sitting;
import org.techbroker.certification.registry.Certificate;
import org.techbroker.certification.registry.CertificateRepository;
import org.techbroker.certification.registry.RegistrySettings;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;

/** Builds profiles from the registry, the exams and the disclosures. */
@ApplicationScoped
@Transactional
@ValidateOnExecution
public class DefaultBrokerProfiles implements BrokerProfiles {

    /** How many certificates a search reads before grouping them by broker. */
    static final int SEARCH_LIMIT = 200;

    @Inject
    CertificateRepository certificates;

    @Inject
    DisclosureRepository disclosures;

    @Inject
    ExamRepository exams;

    @Inject
    CpdService cpd;

    @Inject
    RegistrySettings settings;

    @Inject
    Clock clock;

    @Override
    public List<BrokerMatch> search(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        Map<AccountId, List<Certificate>> byHolder = new LinkedHashMap<>();
        for (Certificate certificate : certificates.search(text, SEARCH_LIMIT)) {
            byHolder.computeIfAbsent(certificate.holder(), h -> new ArrayList<>())
                    .add(certificate);
        }
        return byHolder.entrySet().stream()
                .map(entry -> new BrokerMatch(
                        entry.getKey(),
                        entry.getValue().get(0).holderNames(),
                        entry.getValue().stream().map(Certificate::numberText).toList()))
                .toList();
    }

    @Override
    public BrokerProfile profile(AccountId holder) {
        List<Certificate> held = certificates.heldBy(holder);
        if (held.isEmpty()) {
            throw new CertificationException(Kind.NOT_FOUND, "profile.error.broker_not_found");
        }
        LocalDate today = settings.today();
        return new BrokerProfile(
                holder,
                held.get(0).holderNames(),
                held.stream()
                        .map(c -> new BrokerProfile.HeldCertificate(
                                c.numberText(), c.level(), c.tracks(), c.statusOn(today), c.issuedOn(), c.expiresOn()))
                        .toList(),
                passedExams(holder),
                cpd.standing(holder)
                        .map(current -> new BrokerProfile.CpdSummary(
                                current.certificate().numberText(),
                                current.standing().total(),
                                current.standing().required(),
                                current.standing().met())),
                disclosures.of(holder));
    }

    private List<BrokerProfile.PassedExam> passedExams(AccountId holder) {
        List<BrokerProfile.PassedExam> passed = new ArrayList<>();
        for (Registration registration : exams.registrations(holder)) {
            Sitting sitting = registration.sitting();
            if (!sitting.resultsReleased()) {
                continue;
            }
            exams.findAttempt(registration)
                    .filter(attempt -> attempt.outcome() == Outcome.PASSED)
                    .map(Attempt::id)
                    .ifPresent(id -> passed.add(new BrokerProfile.PassedExam(
                            sitting.title(),
                            sitting.level(),
                            LocalDate.ofInstant(sitting.resultsReleasedAt().orElseThrow(), settings.zone()))));
        }
        passed.sort(Comparator.comparing(BrokerProfile.PassedExam::passedOn).reversed());
        return passed;
    }

    @Override
    public Disclosure disclose(
            AccountId holder, DisclosureCategory category, LocalDate occurredOn, String summary, AccountId by) {
        if (certificates.heldBy(holder).isEmpty()) {
            throw new CertificationException(Kind.NOT_FOUND, "profile.error.broker_not_found");
        }
        if (occurredOn.isAfter(settings.today())) {
            throw new CertificationException(Kind.INVALID, "profile.error.date_in_future");
        }
        Disclosure disclosure = new Disclosure(holder, category, occurredOn, summary, by, ExamTime.now(clock));
        disclosures.add(disclosure);
        return disclosure;
    }

    @Override
    public Disclosure comment(AccountId holder, long disclosureId, String comment) {
        Disclosure disclosure = disclosures
                .find(disclosureId)
                .filter(d -> d.holder().equals(holder))
                .orElseThrow(() -> new CertificationException(Kind.NOT_FOUND, "profile.error.disclosure_not_found"));
        disclosure.comment(comment, ExamTime.now(clock));
        return disclosure;
    }
}

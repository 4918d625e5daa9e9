package org.techbroker.app.api;

import java.util.List;
import org.techbroker.certification.profile.BrokerMatch;
import org.techbroker.certification.profile.BrokerProfile;
import org.techbroker.certification.profile.Disclosure;

/** The registry search and broker profiles as the API shows them to enterprises. */
final class RegistryRepresentations {

    private RegistryRepresentations() {}

    /** A broker found by a search. */
    public record BrokerMatchView(long id, String nameZh, String nameLatin, List<String> certificates) {}

    /** A certificate on a profile, its status as of today. */
    public record HeldCertificateView(
            String number, String level, List<String> tracks, String status, String issuedOn, String expiresOn) {}

    /** An exam the broker passed. */
    public record PassedExamView(String sittingZh, String sittingEn, String level, String passedOn) {}

    /** A disclosure with the broker's comment, if any. */
    public record DisclosureView(
            long id, String category, String occurredOn, String summary, String brokerComment, String commentedAt) {}

    /** A broker's profile. */
    public record BrokerProfileView(
            long id,
            String nameZh,
            String nameLatin,
            List<HeldCertificateView> certificates,
            List<PassedExamView> exams,
            List<DisclosureView> disclosures) {}

    static BrokerMatchView match(BrokerMatch match) {
        return new BrokerMatchView(
                match.holder().value(), match.names().zh(), match.names().latin(), match.certificateNumbers());
    }

    static BrokerProfileView profile(BrokerProfile profile) {
        return new BrokerProfileView(
                profile.holder().value(),
                profile.names().zh(),
                profile.names().latin(),
                profile.certificates().stream()
                        .map(c -> new HeldCertificateView(
                                c.number(),
                                c.level().name(),
                                c.tracks().stream().map(Enum::name).toList(),
                                c.status().name(),
                                c.issuedOn().toString(),
                                c.expiresOn().toString()))
                        .toList(),
                profile.exams().stream()
                        .map(e -> new PassedExamView(
                                e.sitting().zh(),
                                e.sitting().en(),
                                e.level().name(),
                                e.passedOn().toString()))
                        .toList(),
                profile.disclosures().stream()
                        .map(RegistryRepresentations::disclosure)
                        .toList());
    }

    static DisclosureView disclosure(Disclosure d) {
        return new DisclosureView(
                d.id(),
                d.category().name(),
                d.occurredOn().toString(),
                d.summary(),
                d.brokerComment().orElse(null),
                d.commentedAt().map(Object::toString).orElse(null));
    }
}

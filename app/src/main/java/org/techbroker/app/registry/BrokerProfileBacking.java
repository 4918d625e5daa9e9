package org.techbroker.app.registry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidatorFactory;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techbroker.app.account.Role;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Responses;
import org.techbroker.certification.profile.BrokerProfile;
import org.techbroker.certification.profile.BrokerProfiles;
import org.techbroker.certification.profile.Disclosure;
import org.techbroker.certification.profile.DisclosureCategory;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException;

/**
 * A broker's profile ({@code registry/broker.xhtml?broker=ID}): certificates with today's status,
 * exams passed, and disclosures with the broker's comments. Enterprises and administrators read
 * any broker's; a broker reads their own and comments on its disclosures; administrators record
 * disclosures. Anyone else, and any id without a certificate, gets 404.
 */
@Named
@ViewScoped
public class BrokerProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BrokerProfiles profiles;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient ValidatorFactory validatorFactory;

    private String broker;
    private boolean loaded;
    private BrokerProfile profile;

    private DisclosureCategory category;
    private LocalDate occurredOn;
    private String summary;
    private final Map<Long, String> comments = new HashMap<>();

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Optional<AccountId> holder = holder();
        if (holder.isEmpty() || !mayRead(holder.get())) {
            Responses.notFound();
            return;
        }
        try {
            profile = profiles.profile(holder.get());
            profile.disclosures()
                    .forEach(d -> comments.put(d.id(), d.brokerComment().orElse("")));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                Responses.notFound();
            } else {
                FacesMessages.failure(e);
            }
        }
    }

    private Optional<AccountId> holder() {
        try {
            return broker == null ? Optional.empty() : Optional.of(new AccountId(Long.parseLong(broker.trim())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private boolean mayRead(AccountId holder) {
        return caller.isInRole(Role.ENTERPRISE_NAME) || caller.isInRole(Role.ADMIN_NAME) || isOwn(holder);
    }

    private boolean isOwn(AccountId holder) {
        return caller.accountId().filter(holder::equals).isPresent();
    }

    public boolean isOwnProfile() {
        return profile != null && isOwn(profile.holder());
    }

    public boolean isAdministrator() {
        return caller.isInRole(Role.ADMIN_NAME);
    }

    public String disclose() {
        if (profile == null || !isAdministrator()) {
            return null;
        }
        boolean complete = true;
        if (category == null) {
            FacesMessages.error("discloseForm:category", "registry_broker.error.category_required");
            complete = false;
        }
        if (occurredOn == null) {
            FacesMessages.error("discloseForm:occurredOn", "registry_broker.error.date_required");
            complete = false;
        }
        if (summary == null || summary.isBlank()) {
            FacesMessages.error("discloseForm:summary", "registry_broker.error.summary_required");
            complete = false;
        }
        if (!complete) {
            return null;
        }
        try {
            profiles.disclose(profile.holder(), category, occurredOn, summary, caller.requireAccountId());
        } catch (ConstraintViolationException e) {
            FacesMessages.violations("discloseForm", e, validatorFactory.getMessageInterpolator());
            return null;
        } catch (DomainException e) {
            FacesMessages.error("discloseForm:summary", e.messageKey(), e.arguments());
            return null;
        }
        return done("registry_broker.message.disclosed");
    }

    public String comment(long disclosureId) {
        if (!isOwnProfile()) {
            return null;
        }
        String text = comments.get(disclosureId);
        if (text != null && text.strip().length() > Disclosure.COMMENT_MAX) {
            FacesMessages.error(null, "api.problem.registry.too_long", Disclosure.COMMENT_MAX);
            return null;
        }
        try {
            profiles.comment(caller.requireAccountId(), disclosureId, text);
        } catch (DomainException e) {
            FacesMessages.failure(e);
            return null;
        }
        return done("registry_broker.message.commented");
    }

    private String done(String key) {
        FacesMessages.info(key);
        FacesMessages.keepForNextPage();
        return "/registry/broker?faces-redirect=true&broker=" + profile.holder().value();
    }

    public BrokerProfile getProfile() {
        return profile;
    }

    public List<BrokerProfile.HeldCertificate> getCertificates() {
        return profile == null ? List.of() : profile.certificates();
    }

    public List<BrokerProfile.PassedExam> getExams() {
        return profile == null ? List.of() : profile.exams();
    }

    public List<Disclosure> getDisclosures() {
        return profile == null ? List.of() : profile.disclosures();
    }

    public DisclosureCategory[] getCategories() {
        return DisclosureCategory.values();
    }

    public int getSummaryMaxLength() {
        return Disclosure.SUMMARY_MAX;
    }

    public int getCommentMaxLength() {
        return Disclosure.COMMENT_MAX;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public String getBroker() {
        return broker;
    }

    public void setBroker(String broker) {
        this.broker = broker;
    }

    public DisclosureCategory getCategory() {
        return category;
    }

    public void setCategory(DisclosureCategory category) {
        this.category = category;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}

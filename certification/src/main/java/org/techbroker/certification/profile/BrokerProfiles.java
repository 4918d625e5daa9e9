package org.techbroker.certification.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.techbroker.courses.shared.AccountId;

/** The registry search and broker profiles, and the disclosures on them. */
public interface BrokerProfiles {

    /** Brokers with a certificate whose number or holder name contains the text, most recent first. */
    List<BrokerMatch> search(@NotNull String text);

    /** The profile of a broker who holds or held a certificate; not found for anyone else. */
    BrokerProfile profile(@NotNull AccountId holder);

    /** An administrator records a disclosure on a broker's profile. */
    Disclosure disclose(
            @NotNull AccountId holder,
            @NotNull DisclosureCategory category,
            @NotNull LocalDate occurredOn,
            @NotBlank @Size(max = Disclosure.SUMMARY_MAX) String summary,
            @NotNull AccountId by);

    /** The broker writes (or, with a blank text, withdraws) their comment on one of their disclosures. */
    Disclosure comment(
            @NotNull AccountId holder, long disclosureId, @Size(max = Disclosure.COMMENT_MAX) String comment);
}

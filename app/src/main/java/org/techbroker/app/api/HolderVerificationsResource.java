package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.certification.registry.CertificateNumber;
import org.techbroker.certification.verification.EnterpriseChecks;
import org.techbroker.certification.verification.Verifications;
import org.techbroker.courses.shared.AccountId;

/** Which enterprises checked one of the signed-in holder's certificates. */
@Path("/me/certificates/{number}/verifications")
@Tag(name = "Verification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
public class HolderVerificationsResource {

    @Inject
    Verifications verifications;

    @Inject
    AccountService accounts;

    @Inject
    CurrentCaller caller;

    /**
     * Checks by one enterprise within one window of the log: the enterprise (its account id and the
     * name it goes by), the first and last check, how many, and how.
     */
    public record Check(
            long enterpriseId,
            String enterprise,
            Instant checkedAt,
            Instant lastCheckedAt,
            int count,
            String channel) {}

    /** One page of checks, newest first, and how many there are in all. */
    public record ChecksPage(long total, int first, int size, List<Check> checks) {}

    @GET
    @Operation(
            summary = "Who checked my certificate",
            description = "The checks of one of my certificates made by enterprises (with an API key or signed in), "
                    + "newest first, a page at a time. The checks of one enterprise through one channel within a "
                    + "minute (techbroker.verification.log-window-seconds) come as one entry with the first and "
                    + "last time and the count. Anonymous checks are not listed.")
    @APIResponse(
            responseCode = "400",
            description = "A malformed number, or a page out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "Not one of my certificates",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ChecksPage list(
            @PathParam("number") String number,
            @QueryParam("first") @DefaultValue("0") @Min(value = 0, message = "{api.page.first}") int first,
            @QueryParam("size")
                    @DefaultValue("50")
                    @Min(value = 1, message = "{api.page.size}")
                    @Max(value = 500, message = "{api.page.size}")
                    int size) {
        EnterpriseChecks page =
                verifications.checksOf(caller.requireAccountId(), CertificateNumber.parse(number), first, size);
        Map<AccountId, String> names = new HashMap<>();
        return new ChecksPage(
                page.total(),
                first,
                size,
                page.checks().stream()
                        .map(c -> new Check(
                                c.enterprise().value(),
                                names.computeIfAbsent(c.enterprise(), this::nameOf),
                                c.firstCheckedAt(),
                                c.lastCheckedAt(),
                                c.count(),
                                c.channel().name()))
                        .toList());
    }

    private String nameOf(AccountId enterprise) {
        return accounts.findById(enterprise)
                .map(a -> a.organisation().orElse(a.nameLatin()))
                .orElse("");
    }
}

package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.techbroker.certification.verification.EnterpriseCheck;
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

    /** One check: the enterprise (its account id and the name it goes by), when and how. */
    public record Check(long enterpriseId, String enterprise, Instant checkedAt, String channel) {}

    @GET
    @Operation(
            summary = "Who checked my certificate",
            description = "The checks of one of my certificates made by enterprises (with an API key or signed in), "
                    + "newest first. Anonymous checks are not listed.")
    @APIResponse(
            responseCode = "404",
            description = "Not one of my certificates",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<Check> list(@PathParam("number") String number) {
        List<EnterpriseCheck> checks =
                verifications.checksOf(caller.requireAccountId(), CertificateNumber.parse(number));
        Map<AccountId, String> names = new HashMap<>();
        return checks.stream()
                .map(c -> new Check(
                        c.enterprise().value(),
                        names.computeIfAbsent(c.enterprise(), this::nameOf),
                        c.checkedAt(),
                        c.channel().name()))
                .toList();
    }

    private String nameOf(AccountId enterprise) {
        return accounts.findById(enterprise)
                .map(a -> a.organisation().orElse(a.nameLatin()))
                .orElse("");
    }
}

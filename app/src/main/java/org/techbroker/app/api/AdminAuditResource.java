package org.techbroker.app.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.account.Role;
import org.techbroker.app.audit.AuditEvent;
import org.techbroker.app.audit.AuditEventType;
import org.techbroker.app.audit.AuditFilter;
import org.techbroker.app.audit.AuditLog;

/** The audit log of security events, newest first. */
@Path("/admin/audit-events")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@SignedIn(Role.ADMIN)
public class AdminAuditResource {

    @Inject
    AuditLog auditLog;

    public record AuditEventRepresentation(
            long id,
            Instant occurredAt,
            AuditEventType type,
            String actor,
            String subject,
            String clientAddress,
            String detail) {

        static AuditEventRepresentation of(AuditEvent event) {
            return new AuditEventRepresentation(
                    event.getId(),
                    event.getOccurredAt(),
                    event.getType(),
                    event.getActor(),
                    event.getSubject(),
                    event.getClientAddress(),
                    event.getDetail());
        }
    }

    public record AuditPage(long total, int first, int size, List<AuditEventRepresentation> events) {}

    @GET
    @Operation(
            summary = "Filter the audit log",
            description = "from and until are ISO-8601 instants; " + "person matches the actor or the subject.")
    public AuditPage list(
            @QueryParam("type") String type,
            @QueryParam("person") String person,
            @QueryParam("address") String address,
            @QueryParam("from") InstantParam from,
            @QueryParam("until") InstantParam until,
            @QueryParam("first") @DefaultValue("0") @Min(value = 0, message = "{api.page.first}") int first,
            @QueryParam("size")
                    @DefaultValue("50")
                    @Min(value = 1, message = "{api.page.size}")
                    @Max(value = 500, message = "{api.page.size}")
                    int size) {
        AuditFilter filter = new AuditFilter(
                QueryValues.optionalEnum(AuditEventType.class, "type", type),
                person,
                address,
                InstantParam.value(from),
                InstantParam.value(until));
        return new AuditPage(
                auditLog.count(filter),
                first,
                size,
                auditLog.find(filter, first, size).stream()
                        .map(AuditEventRepresentation::of)
                        .toList());
    }
}

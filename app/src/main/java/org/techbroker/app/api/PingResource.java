package org.techbroker.app.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A constant answer through the same REST stack as every endpoint: what a load balancer or a
 * monitor calls to see the API layer answer, and the baseline the verification benchmark measures
 * its lookups against (docs/verification-benchmark.md).
 */
@Path("/ping")
@Tag(name = "Operations")
@ApplicationScoped
public class PingResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "A constant answer", description = "Answers \"pong\"; touches no database.")
    @APIResponse(responseCode = "200", description = "pong")
    public String ping() {
        return "pong";
    }
}

package org.techbroker.certification.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The registry's configuration: what a training centre or a deployment sets for itself. */
@ApplicationScoped
public class RegistrySettings {

    @Inject
    @ConfigProperty(name = "techbroker.certificate.validity-years")
    int validityYears;

    @Inject
    @ConfigProperty(name = "techbroker.certificate.approval-required")
    boolean approvalRequired;

    @Inject
    @ConfigProperty(name = "techbroker.public-base-url")
    String publicBaseUrl;

    @Inject
    @ConfigProperty(name = "techbroker.display-zone")
    String displayZone;

    @Inject
    Clock clock;

    /** The zone whose calendar gives issue and expiry dates (the centre's own). */
    public ZoneId zone() {
        return ZoneId.of(displayZone);
    }

    /**
     * Today in the centre's zone, by the application's clock: the one day against which expiry,
     * standing and "not in the future" are decided.
     */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone());
    }

    /** How many years a certificate is valid from its issue date. */
    public int validityYears() {
        return validityYears;
    }

    /** When true, a pass waits for an administrator's approval before the certificate is issued. */
    public boolean approvalRequired() {
        return approvalRequired;
    }

    /** The public address of the verification page of a certificate number: what QR codes point to. */
    public URI verificationUrl(String number) {
        String base =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return URI.create(base + "/verify/" + number);
    }
}

package org.techbroker.app.certificates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.certification.registry.CertificateRegistry;

/**
 * The signed-in person's certificates, newest first, for their page ({@code
 * certificates/index.xhtml}) and the dashboard's panel; each downloads from the API ({@code GET
 * /api/v1/me/certificates/{number}/pdf}), which serves the caller's own files only.
 */
@Named
@RequestScoped
public class MyCertificatesBacking {

    @Inject
    CertificateRegistry registry;

    @Inject
    CurrentCaller caller;

    @Inject
    RegistryCalendar calendar;

    private List<CertificateFacts> certificates;

    public List<CertificateFacts> getCertificates() {
        if (certificates == null) {
            certificates = caller.accountId()
                    .map(holder -> registry.certificatesOf(holder).stream()
                            .map(c -> CertificateFacts.of(c, calendar.today()))
                            .toList())
                    .orElse(List.of());
        }
        return certificates;
    }
}

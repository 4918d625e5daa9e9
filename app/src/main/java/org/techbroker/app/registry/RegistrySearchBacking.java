package org.techbroker.app.registry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.techbroker.certification.profile.BrokerMatch;
import org.techbroker.certification.profile.BrokerProfiles;

/**
 * The registry search for enterprises and administrators ({@code registry/index.xhtml}): by
 * certificate number or by name, each broker found once with the certificates that matched.
 * The search text travels in the address (a GET form), so a result can be bookmarked and shared.
 */
@Named
@ViewScoped
public class RegistrySearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A broker as the result list shows them. */
    public record Row(long id, String nameZh, String nameLatin, String numbers) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    transient BrokerProfiles profiles;

    private String query;
    private List<Row> results;

    public List<Row> getResults() {
        if (results == null) {
            results = query == null || query.isBlank()
                    ? List.of()
                    : profiles.search(query).stream()
                            .map(RegistrySearchBacking::row)
                            .toList();
        }
        return results;
    }

    private static Row row(BrokerMatch match) {
        return new Row(
                match.holder().value(),
                match.names().zh(),
                match.names().latin(),
                String.join(", ", match.certificateNumbers()));
    }

    public boolean isSearched() {
        return query != null && !query.isBlank();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}

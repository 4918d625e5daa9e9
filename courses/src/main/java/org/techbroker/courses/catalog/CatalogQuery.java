package org.techbroker.courses.catalog;

import org.techbroker.courses.shared.QualificationLevel;

/**
 * A search of the published catalogue: words found in a title or summary in either language,
 * and optional filters by level, track and syllabus module. Every criterion may be absent.
 */
public record CatalogQuery(String text, QualificationLevel level, Track track, SyllabusModule syllabusModule) {

    public static CatalogQuery everything() {
        return new CatalogQuery(null, null, null, null);
    }

    public CatalogQuery {
        text = text == null || text.isBlank() ? null : text.trim();
    }
}

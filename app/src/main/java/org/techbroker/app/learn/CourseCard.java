package org.techbroker.app.learn;

import java.io.Serializable;
import java.util.List;
import org.techbroker.courses.catalog.SyllabusModule;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * A published course as the catalogue lists it, its texts in the reader's language, with the
 * reader's progress when they are enrolled ({@code standing} is null otherwise).
 */
public record CourseCard(
        String code,
        String title,
        String summary,
        List<QualificationLevel> levels,
        List<Track> tracks,
        SyllabusModule syllabusModule,
        int creditHours,
        int totalMinutes,
        Standing standing)
        implements Serializable {

    public CourseCard {
        levels = List.copyOf(levels);
        tracks = List.copyOf(tracks);
    }

    public boolean enrolled() {
        return standing != null;
    }
}

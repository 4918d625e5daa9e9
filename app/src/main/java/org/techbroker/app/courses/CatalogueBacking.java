package org.techbroker.app.courses;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.techbroker.app.i18n.LocaleSelection;
import org.techbroker.app.learn.CourseCard;
import org.techbroker.app.learn.LearningViews;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.courses.catalog.CatalogQuery;
import org.techbroker.courses.catalog.SyllabusModule;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * The public catalogue: published courses found by words in their titles and summaries (either
 * language) and filtered by level, track and syllabus module. The criteria are the page's GET
 * parameters, so that a search can be bookmarked and shared; a criterion that is not understood
 * is said beside its field and nothing is searched.
 */
@Named
@RequestScoped
public class CatalogueBacking {

    /** The longest search text; the field does not take more. */
    public static final int TEXT_MAX = 100;

    @Inject
    LearningViews views;

    @Inject
    CurrentCaller caller;

    @Inject
    LocaleSelection localeSelection;

    private String q;
    private String level;
    private String track;
    private String module;
    private List<CourseCard> courses = List.of();
    private boolean searched;

    /** Runs the search the parameters describe (all published courses when there are none). */
    public void load() {
        boolean understood = true;
        if (q != null && q.length() > TEXT_MAX) {
            FacesMessages.error("q", "courses_catalogue.message.error.text_too_long", TEXT_MAX);
            understood = false;
        }
        Optional<QualificationLevel> chosenLevel = filter(QualificationLevel.class, level);
        Optional<Track> chosenTrack = filter(Track.class, track);
        Optional<SyllabusModule> chosenModule = filter(SyllabusModule.class, module);
        understood &= known(chosenLevel, level, "level");
        understood &= known(chosenTrack, track, "track");
        understood &= known(chosenModule, module, "module");
        if (!understood) {
            return;
        }
        // As the menus name them, so that "junior" in a hand-written address still selects JUNIOR.
        level = chosenLevel.map(Enum::name).orElse(null);
        track = chosenTrack.map(Enum::name).orElse(null);
        module = chosenModule.map(Enum::name).orElse(null);
        searched = true;
        courses = views.catalogue(
                new CatalogQuery(q, chosenLevel.orElse(null), chosenTrack.orElse(null), chosenModule.orElse(null)),
                caller.accountId(),
                localeSelection.getLocale());
    }

    private static boolean known(Optional<?> parsed, String raw, String field) {
        if (parsed.isEmpty() && raw != null && !raw.isBlank()) {
            FacesMessages.error(field, "courses_catalogue.message.error.unknown_filter");
            return false;
        }
        return true;
    }

    /** The enum constant a parameter names, ignoring case and surrounding spaces; empty for blank or unknown. */
    static <E extends Enum<E>> Optional<E> filter(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String name = value.trim().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private static boolean isGiven(String value) {
        return value != null && !value.isBlank();
    }

    public List<CourseCard> getCourses() {
        return courses;
    }

    /** Whether the search ran: when a parameter was not understood, the page says so instead of listing. */
    public boolean isSearched() {
        return searched;
    }

    public boolean isFiltered() {
        return isGiven(q) || isGiven(level) || isGiven(track) || isGiven(module);
    }

    public QualificationLevel[] getLevels() {
        return QualificationLevel.values();
    }

    public Track[] getTracks() {
        return Track.values();
    }

    public SyllabusModule[] getModules() {
        return SyllabusModule.values();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String track) {
        this.track = track;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }
}

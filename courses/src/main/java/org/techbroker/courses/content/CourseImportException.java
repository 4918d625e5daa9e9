package org.techbroker.courses.content;

import java.util.List;
import org.techbroker.courses.CoursesException;

/**
 * An import refused because the files break the format's rules: nothing of it was written. It
 * carries every problem found, errors and warnings, so that the author can fix them all at once.
 */
public class CourseImportException extends CoursesException {

    private static final long serialVersionUID = 1L;

    public static final String KEY = "courses.import.error.invalid";

    private final transient List<ImportProblem> problems;

    public CourseImportException(List<ImportProblem> problems) {
        this(KEY, problems);
    }

    /** With another message key: an export refused for the problems its archive would have. */
    public CourseImportException(String messageKey, List<ImportProblem> problems) {
        super(
                Kind.INVALID,
                messageKey,
                problems.stream().filter(ImportProblem::isError).count());
        this.problems = List.copyOf(problems);
    }

    /** The key and the first errors, for logs; people read the problems through the bundles. */
    @Override
    public String getMessage() {
        List<ImportProblem> errors = errors();
        return messageKey() + " " + errors.subList(0, Math.min(errors.size(), 5))
                + (errors.size() > 5 ? " and " + (errors.size() - 5) + " more" : "");
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public List<ImportProblem> errors() {
        return problems.stream().filter(ImportProblem::isError).toList();
    }
}

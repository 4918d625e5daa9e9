package org.techbroker.certification.exam.bank;

import java.util.List;
import org.techbroker.certification.CertificationException;
import org.techbroker.courses.content.ImportProblem;

/**
 * Items refused because they break the format's rules: nothing was written. It carries every
 * problem found, each with its place, so that the author can fix them all at once.
 */
public class ItemBankException extends CertificationException {

    private static final long serialVersionUID = 1L;

    public static final String KEY = "exam.item.error.invalid";

    private final transient List<ImportProblem> problems;

    public ItemBankException(List<ImportProblem> problems) {
        super(
                Kind.INVALID,
                KEY,
                problems.stream().filter(ImportProblem::isError).count());
        this.problems = List.copyOf(problems);
    }

    /** The key and the first problems, for logs; people read the problems through the bundles. */
    @Override
    public String getMessage() {
        return messageKey() + " " + problems.subList(0, Math.min(problems.size(), 5))
                + (problems.size() > 5 ? " and " + (problems.size() - 5) + " more" : "");
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}

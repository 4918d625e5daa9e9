package org.techbroker.liberty.review;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.techbroker.certification.review.AssignmentSummary;
import org.techbroker.certification.review.AssignmentView;
import org.techbroker.certification.review.CriterionMark;
import org.techbroker.certification.review.MarkingRole;
import org.techbroker.certification.review.MarkingService;
import org.techbroker.certification.review.MarksInput;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.liberty.support.ExamFixtures;

/**
 * Submits an examiner's marks for {@link ChiefPagesIT}, which reads what the chief examiner's pages
 * make of them; it exists only in that test's deployment.
 *
 * <p>{@code POST /test-support/chief-pages/marks?script=E-…&examiner=username&points=15,15,15,15}
 * submits the examiner's open marker marking of the script with these points, criterion by
 * criterion in rubric order, through the examiner's own use case.
 */
@WebServlet(urlPatterns = {"/test-support/chief-pages/*"})
public class ChiefPagesSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/test-support/chief-pages";

    @Inject
    transient MarkingService marking;

    @Inject
    transient ExamFixtures exams;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/marks".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String script = request.getParameter("script");
        AccountId examiner = exams.accountOf(request.getParameter("examiner"));
        AssignmentSummary held = marking.assignments(examiner).stream()
                .filter(a -> a.scriptCode().equals(script) && a.role() == MarkingRole.MARKER)
                .filter(a -> a.submittedAt() == null)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No open marking of " + script));
        AssignmentView view = marking.assignment(examiner, held.id());
        String[] points = request.getParameter("points").split(",");
        List<CriterionMark> marks = new ArrayList<>();
        for (int i = 0; i < view.rubric().size(); i++) {
            marks.add(new CriterionMark(view.rubric().get(i).id(), new BigDecimal(points[i].strip()), null));
        }
        marking.saveMarks(examiner, held.id(), new MarksInput(view.version(), marks, null, null, true));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}

package org.techbroker.certification.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.techbroker.courses.shared.AccountId;

/**
 * Gives markings to examiners, within the rules of {@link Allocation}: who is excluded from a
 * script is decided here, once, for the automatic allocation, the chief examiner's reassignment
 * and the places that waited for an examiner.
 */
@ApplicationScoped
class Allocator {

    @Inject
    ReviewRepository reviews;

    @Inject
    ExaminerDirectory directory;

    @Inject
    ReviewHistory history;

    /**
     * Who may not hold a marking of this script: the candidate, examiners with a declared
     * conflict covering the candidate, and everyone who already holds or held a marking of it
     * (so that the two marks are two people's and a re-mark is a fresh pair of eyes).
     */
    Set<AccountId> excluded(Script script, List<ExaminerDirectory.Examiner> pool) {
        Set<AccountId> excluded = new HashSet<>();
        reviews.markings(script).forEach(m -> m.examiner().ifPresent(excluded::add));
        script.candidate().ifPresent(candidate -> {
            excluded.add(candidate);
            Optional<String> organisation = organisationOf(candidate);
            List<AccountId> ids =
                    pool.stream().map(ExaminerDirectory.Examiner::id).toList();
            reviews.conflicts(ids).stream()
                    .filter(c -> c.covers(candidate, organisation))
                    .forEach(c -> excluded.add(c.examiner()));
        });
        return excluded;
    }

    /** The examiners who could take a marking of this role on this script, best first. */
    List<AccountId> eligible(Script script, MarkingRole role) {
        List<ExaminerDirectory.Examiner> pool = pool(role);
        Map<AccountId, Long> open = reviews.openMarkerLoad();
        Map<AccountId, Long> total = reviews.totalMarkerLoad();
        return Allocation.choose(pool, excluded(script, pool), open, total, pool.size());
    }

    /** Creates a script's places of this role, each given to the best eligible examiner or left waiting. */
    void allocate(Script script, MarkingRole role, int places) {
        List<ExaminerDirectory.Examiner> pool = pool(role);
        List<AccountId> chosen = Allocation.choose(
                pool, excluded(script, pool), reviews.openMarkerLoad(), reviews.totalMarkerLoad(), places);
        for (int place = 0; place < places; place++) {
            AccountId examiner = place < chosen.size() ? chosen.get(place) : null;
            Marking marking = new Marking(script, role, examiner, history.now());
            reviews.add(marking);
            if (examiner == null) {
                history.record(script, marking, ReviewEventKind.WAITING_FOR_EXAMINER, null, null, role.name());
            } else {
                history.record(script, marking, ReviewEventKind.ALLOCATED, null, null, role + " " + examiner.value());
                if (role == MarkingRole.MARKER) {
                    ensureCalibration(examiner, script);
                }
            }
        }
    }

    /** Gives a waiting place to the best eligible examiner; false when there is still nobody. */
    boolean fill(Marking waiting) {
        List<AccountId> candidates = eligible(waiting.script(), waiting.role());
        if (candidates.isEmpty()) {
            return false;
        }
        AccountId examiner = candidates.get(0);
        waiting.assignTo(examiner, history.now());
        history.record(
                waiting.script(),
                waiting,
                ReviewEventKind.ALLOCATED,
                null,
                null,
                waiting.role() + " " + examiner.value());
        if (waiting.role() == MarkingRole.MARKER) {
            ensureCalibration(examiner, waiting.script());
        }
        return true;
    }

    /**
     * Gives the examiner a calibration marking of each reference script of the live script's
     * prompt they have not yet had, so that they mark those first.
     */
    void ensureCalibration(AccountId examiner, Script live) {
        long item = live.prompt().item().id();
        for (Script reference : reviews.activeReferenceScripts()) {
            if (reference.prompt().item().id() == item
                    && reference.finalPoints().isPresent()) {
                offerCalibration(reference, examiner);
            }
        }
    }

    /** Gives the examiner a calibration marking of this reference script unless they have or had one. */
    void offerCalibration(Script reference, AccountId examiner) {
        boolean had = reviews.markings(reference).stream().anyMatch(m -> m.heldBy(examiner));
        if (!had) {
            reviews.add(new Marking(reference, MarkingRole.CALIBRATION, examiner, history.now()));
        }
    }

    /**
     * Takes an open marking from its examiner and gives its place to another: the one named, or
     * the best eligible examiner, or nobody yet (the place waits). The old marking stays, withdrawn.
     */
    Marking reassign(Marking open, AccountId to, AccountId actor) {
        Script script = open.script();
        open.withdraw();
        AccountId examiner = to;
        if (examiner == null) {
            examiner = eligible(script, open.role()).stream().findFirst().orElse(null);
        }
        Marking replacement = new Marking(script, open.role(), examiner, history.now());
        reviews.add(replacement);
        history.record(
                script,
                replacement,
                ReviewEventKind.REASSIGNED,
                actor,
                null,
                open.role()
                        + " "
                        + open.examiner().map(e -> String.valueOf(e.value())).orElse("-")
                        + " -> "
                        + (examiner == null ? "-" : String.valueOf(examiner.value())));
        if (examiner != null && open.role() == MarkingRole.MARKER) {
            ensureCalibration(examiner, script);
        }
        return replacement;
    }

    Optional<String> organisationOf(AccountId candidate) {
        return directory.organisation(candidate);
    }

    List<ExaminerDirectory.Examiner> pool(MarkingRole role) {
        List<ExaminerDirectory.Examiner> examiners = directory.examiners();
        return role.forChiefExaminers()
                ? examiners.stream().filter(ExaminerDirectory.Examiner::chief).collect(Collectors.toList())
                : examiners;
    }
}

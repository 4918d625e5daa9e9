package org.techbroker.certification.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import org.techbroker.certification.exam.Answer;
import org.techbroker.certification.exam.Attempt;
import org.techbroker.certification.exam.AttemptItem;
import org.techbroker.certification.exam.AttemptSubmitted;
import org.techbroker.certification.exam.ExamRepository;
import org.techbroker.certification.exam.ItemVersion;

/**
 * Turns the essays of a submitted attempt into scripts and gives each to two examiners, in the
 * submitting transaction: a submission is never acknowledged without its scripts. An essay left
 * blank is final at 0 at once; there is nothing to mark.
 */
@ApplicationScoped
class ScriptIntake {

    /** Letters and digits that cannot be mistaken for one another when read aloud or copied. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ExamRepository exams;

    @Inject
    ReviewRepository reviews;

    @Inject
    ReviewSettings settings;

    @Inject
    Allocator allocator;

    @Inject
    Settlement settlement;

    @Inject
    ReviewHistory history;

    void onSubmitted(@Observes AttemptSubmitted submitted) {
        if (submitted.essayItemIds().isEmpty()) {
            return;
        }
        Attempt attempt = exams.findAttempt(submitted.attemptId()).orElseThrow();
        Map<Long, String> texts = new HashMap<>();
        for (Answer answer : exams.answers(attempt)) {
            answer.essayText().ifPresent(text -> texts.put(answer.attemptItem().id(), text));
        }
        for (AttemptItem item : attempt.items()) {
            if (!submitted.essayItemIds().contains(item.id())
                    || reviews.liveScriptOfAttemptItem(item.id()).isPresent()) {
                continue;
            }
            ItemVersion prompt = item.itemVersion();
            String text = texts.getOrDefault(item.id(), "");
            Script script = Script.live(
                    newCode(),
                    submitted.sittingId(),
                    attempt.id(),
                    item.id(),
                    submitted.account(),
                    prompt,
                    text,
                    divergencePercent(prompt),
                    history.now());
            reviews.add(script);
            if (text.isBlank()) {
                settlement.finalise(
                        script, BigDecimal.ZERO.setScale(2), FinalBasis.BLANK, null, ReviewEventKind.FINALISED, null);
            } else {
                allocator.allocate(script, MarkingRole.MARKER, 2);
            }
        }
    }

    int divergencePercent(ItemVersion prompt) {
        return reviews.findPromptSetting(prompt.item().id())
                .map(PromptSetting::divergencePercent)
                .orElse(settings.divergencePercent());
    }

    String newCode() {
        String code;
        do {
            StringBuilder builder = new StringBuilder("E-");
            for (int i = 0; i < Script.CODE_LENGTH - 2; i++) {
                builder.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            code = builder.toString();
        } while (reviews.codeTaken(code));
        return code;
    }
}

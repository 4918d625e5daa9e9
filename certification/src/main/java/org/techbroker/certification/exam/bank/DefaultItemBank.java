package org.techbroker.certification.exam.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.exam.Difficulty;
import org.techbroker.certification.exam.ExamItem;
import org.techbroker.certification.exam.ExamItem.Revision;
import org.techbroker.certification.exam.ExamRepository;
import org.techbroker.certification.exam.ItemContent;
import org.techbroker.certification.exam.ItemStatus;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.certification.exam.ItemVersion;
import org.techbroker.certification.exam.bank.ItemImportReport.ItemOutcome;
import org.techbroker.certification.exam.bank.ItemImportReport.Outcome;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.content.ImportProblem;
import org.techbroker.courses.content.StrictJson.Paths;
import org.techbroker.courses.shared.DomainException.Kind;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * The item bank's use cases. Before a revision touches an item, its current version's row is
 * locked, so that an attempt starting at that moment cannot mark it seen between the check
 * "unseen, edit in place" and the edit: the start waits, and then shows the revised text.
 */
@ApplicationScoped
@Transactional
@ValidateOnExecution
public class DefaultItemBank implements ItemBank {

    @Inject
    ExamRepository exams;

    @Inject
    ItemQueries queries;

    @Inject
    CatalogService catalog;

    @Inject
    Clock clock;

    @Override
    public ItemPage search(ItemSearch search) {
        List<ItemSummary> items =
                queries.search(search).stream().map(ItemSummary::of).toList();
        return new ItemPage(items, queries.count(search));
    }

    @Override
    public Optional<BankItem> find(String key) {
        return key == null ? Optional.empty() : exams.findItem(key).map(BankItem::of);
    }

    @Override
    public BankItem get(String key) {
        return find(key).orElseThrow(() -> notFound(key));
    }

    @Override
    public List<ImportProblem> check(String key, ItemContent content) {
        return ItemRules.check(key, content, courses());
    }

    @Override
    public BankItem create(String key, ItemContent content) {
        refuseBreaches(key, content);
        if (exams.findItem(key).isPresent()) {
            throw new CertificationException(Kind.CONFLICT, "exam.item.error.key_taken", key);
        }
        ExamItem item = new ExamItem(key, content, clock.instant());
        exams.add(item);
        queries.flush();
        return BankItem.of(item);
    }

    @Override
    public Revised revise(String key, ItemContent content, long expectedVersion) {
        ExamItem item = exams.findItem(key).orElseThrow(() -> notFound(key));
        refuseBreaches(key, content);
        checkVersion(item, expectedVersion);
        exams.lockCurrentVersion(item);
        Revision revision = item.revise(content, clock.instant());
        queries.flush();
        return new Revised(BankItem.of(item), revision);
    }

    @Override
    public BankItem changeStatus(String key, ItemStatus status, long expectedVersion) {
        ExamItem item = exams.findItem(key).orElseThrow(() -> notFound(key));
        checkVersion(item, expectedVersion);
        exams.lockCurrentVersion(item);
        item.changeStatus(status, clock.instant());
        queries.flush();
        return BankItem.of(item);
    }

    @Override
    public ItemImportReport importItems(String fileName, byte[] file) {
        return importFile(fileName, file, false);
    }

    @Override
    public ItemImportReport importNew(String fileName, byte[] file) {
        return importFile(fileName, file, true);
    }

    private ItemImportReport importFile(String fileName, byte[] file, boolean newOnly) {
        String name = fileName == null || fileName.isBlank() ? "items.json" : fileName;
        List<ImportProblem> problems = new ArrayList<>();
        List<ItemDraft> drafts = ItemFileReader.read(name, file, problems).orElse(List.of());
        Predicate<CourseCode> courses = courses();
        for (int i = 0; i < drafts.size(); i++) {
            String itemPath = Paths.index("items", i);
            ItemDraft draft = drafts.get(i);
            for (ImportProblem problem : ItemRules.check(draft.key(), draft.content(), courses)) {
                problems.add(new ImportProblem(
                        problem.severity(),
                        problem.messageKey(),
                        problem.arguments(),
                        name,
                        Paths.key(itemPath, problem.path())));
            }
        }
        if (problems.stream().anyMatch(ImportProblem::isError)) {
            throw new ItemBankException(problems);
        }
        Instant now = clock.instant();
        List<ItemOutcome> outcomes = new ArrayList<>();
        for (ItemDraft draft : drafts) {
            Optional<ExamItem> stored = exams.findItem(draft.key());
            Outcome outcome;
            if (stored.isEmpty()) {
                exams.add(new ExamItem(draft.key(), draft.content(), now));
                outcome = Outcome.CREATED;
            } else if (newOnly) {
                outcome = Outcome.SKIPPED;
            } else {
                ExamItem item = stored.get();
                exams.lockCurrentVersion(item);
                outcome = switch (item.revise(draft.content(), now)) {
                    case UNCHANGED -> Outcome.UNCHANGED;
                    case EDITED_IN_PLACE -> Outcome.EDITED_IN_PLACE;
                    case NEW_VERSION -> Outcome.NEW_VERSION;
                };
            }
            outcomes.add(new ItemOutcome(draft.key(), outcome));
        }
        queries.flush();
        return new ItemImportReport(outcomes);
    }

    @Override
    public Drawable drawable(QualificationLevel level) {
        Map<String, Map<Difficulty, Integer>> objective = new HashMap<>();
        int essays = 0;
        for (ItemVersion version : exams.drawableVersions(level)) {
            if (version.type() == ItemType.ESSAY) {
                essays++;
            } else {
                objective
                        .computeIfAbsent(version.course().value(), c -> new EnumMap<>(Difficulty.class))
                        .merge(version.difficulty(), 1, Integer::sum);
            }
        }
        return new Drawable(objective, essays);
    }

    private void refuseBreaches(String key, ItemContent content) {
        List<ImportProblem> problems = check(key, content);
        if (!problems.isEmpty()) {
            throw new ItemBankException(problems);
        }
    }

    private static void checkVersion(ExamItem item, long expectedVersion) {
        if (item.version() != expectedVersion) {
            throw new CertificationException(Kind.CONFLICT, "exam.item.error.changed", item.key());
        }
    }

    /** Whether a course exists, asking the catalogue once per code. */
    private Predicate<CourseCode> courses() {
        Map<CourseCode, Boolean> known = new HashMap<>();
        return code -> known.computeIfAbsent(code, c -> catalog.find(c).isPresent());
    }

    private static CertificationException notFound(String key) {
        return new CertificationException(Kind.NOT_FOUND, "exam.item.error.not_found", key);
    }
}

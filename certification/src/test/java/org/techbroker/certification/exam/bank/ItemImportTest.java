package org.techbroker.certification.exam.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.techbroker.certification.exam.bank.ItemJson.essay;
import static org.techbroker.certification.exam.bank.ItemJson.file;
import static org.techbroker.certification.exam.bank.ItemJson.numeric;
import static org.techbroker.certification.exam.bank.ItemJson.single;
import static org.techbroker.certification.exam.bank.ItemJson.trueFalse;
import static org.techbroker.certification.exam.bank.ItemJson.with;

import jakarta.json.Json;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.techbroker.certification.exam.ExamItem;
import org.techbroker.certification.exam.ExamRepository;
import org.techbroker.certification.exam.bank.ItemImportReport.Outcome;
import org.techbroker.courses.catalog.CatalogService;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.content.ImportProblem;

/**
 * The import as a whole: a file with any problem writes nothing, problems of content carry their
 * place in the file, an unchanged item stays as it is, a changed one is revised, and seeding adds
 * only keys the bank does not hold.
 */
class ItemImportTest {

    /** The bank as the import sees it: items by key, and which were locked before a change. */
    private final Map<String, ExamItem> stored = new LinkedHashMap<>();

    private final List<String> locked = new ArrayList<>();
    private DefaultItemBank bank;

    @BeforeEach
    void bank() {
        bank = new DefaultItemBank();
        bank.exams = fake(ExamRepository.class, (method, args) -> switch (method) {
            case "findItem" -> Optional.ofNullable(stored.get((String) args[0]));
            case "add" -> {
                ExamItem item = (ExamItem) args[0];
                stored.put(item.key(), item);
                yield null;
            }
            case "lockCurrentVersion" -> {
                locked.add(((ExamItem) args[0]).key());
                yield null;
            }
            default -> throw new UnsupportedOperationException(method);
        });
        bank.queries = fake(ItemQueries.class, (method, args) -> null);
        bank.catalog = fake(CatalogService.class, (method, args) -> {
            if (!method.equals("find")) {
                throw new UnsupportedOperationException(method);
            }
            CourseCode code = (CourseCode) args[0];
            // Only whether the course exists matters; no Course is read.
            return code.value().equals("IPL-101") ? Optional.of(new Object()) : Optional.empty();
        });
        bank.clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args));
    }

    @Test
    void aGoodFileCreatesEveryItem() {
        ItemImportReport report = bank.importItems("bank.json", file(single("S-1"), trueFalse("T-1"), essay("E-1")));

        assertThat(report.count(Outcome.CREATED)).isEqualTo(3);
        assertThat(stored).containsOnlyKeys("S-1", "T-1", "E-1");
    }

    @Test
    void aFileWithOneBadItemWritesNothingAndNamesEveryProblemWithItsPlace() {
        byte[] bad = file(
                single("S-1"),
                with(numeric("N-1"), "tolerance", Json.createValue(-1)),
                with(trueFalse("T-1"), "course", Json.createValue("ZZZ-999")),
                with(single("bad key"), "points", Json.createValue(11)));

        assertThatThrownBy(() -> bank.importItems("bank.json", bad))
                .isInstanceOfSatisfying(ItemBankException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("exam.item.error.invalid");
                    assertThat(e.arguments()).containsExactly(4L);
                    assertThat(e.problems())
                            .extracting(ImportProblem::file, ImportProblem::pointer, ImportProblem::messageKey)
                            .containsExactly(
                                    tuple("bank.json", "/items/1/tolerance", "courses.import.error.tolerance_negative"),
                                    tuple("bank.json", "/items/2/course", "exam.item.error.course_unknown"),
                                    tuple("bank.json", "/items/3/key", "exam.item.error.key_pattern"),
                                    tuple("bank.json", "/items/3/points", "courses.import.error.range"));
                });
        assertThat(stored).isEmpty();
        assertThat(locked).isEmpty();
    }

    @Test
    void aFileThatIsNotJsonWritesNothing() {
        assertThatThrownBy(() -> bank.importItems("bank.json", ItemJson.utf8("{\"format\":")))
                .isInstanceOfSatisfying(ItemBankException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::messageKey)
                        .containsExactly("courses.import.error.json_syntax"));
        assertThat(stored).isEmpty();
    }

    @Test
    void reimportingChangesOnlyWhatChangedAndLocksBeforeChanging() {
        bank.importItems("bank.json", file(single("S-1"), trueFalse("T-1")));
        locked.clear();

        ItemImportReport again = bank.importItems(
                "bank.json", file(single("S-1"), with(trueFalse("T-1"), "correct", jakarta.json.JsonValue.FALSE)));

        assertThat(again.items())
                .extracting(ItemImportReport.ItemOutcome::key, ItemImportReport.ItemOutcome::outcome)
                .containsExactly(tuple("S-1", Outcome.UNCHANGED), tuple("T-1", Outcome.EDITED_IN_PLACE));
        assertThat(stored.get("T-1").current().content().trueFalseKey()).isFalse();
        assertThat(stored.get("T-1").versions()).hasSize(1);
        assertThat(locked).containsExactly("S-1", "T-1");
    }

    @Test
    void seedingAddsOnlyKeysTheBankDoesNotHold() {
        bank.importItems("bank.json", file(trueFalse("T-1")));

        ItemImportReport seeded = bank.importNew(
                "items.json", file(with(trueFalse("T-1"), "correct", jakarta.json.JsonValue.FALSE), single("S-1")));

        assertThat(seeded.count(Outcome.SKIPPED)).isEqualTo(1);
        assertThat(seeded.count(Outcome.CREATED)).isEqualTo(1);
        assertThat(stored.get("T-1").current().content().trueFalseKey()).isTrue();
    }
}

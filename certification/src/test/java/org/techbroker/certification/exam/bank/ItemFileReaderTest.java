package org.techbroker.certification.exam.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.techbroker.certification.exam.bank.ItemJson.essay;
import static org.techbroker.certification.exam.bank.ItemJson.file;
import static org.techbroker.certification.exam.bank.ItemJson.multiple;
import static org.techbroker.certification.exam.bank.ItemJson.numeric;
import static org.techbroker.certification.exam.bank.ItemJson.single;
import static org.techbroker.certification.exam.bank.ItemJson.trueFalse;
import static org.techbroker.certification.exam.bank.ItemJson.utf8;
import static org.techbroker.certification.exam.bank.ItemJson.with;
import static org.techbroker.certification.exam.bank.ItemJson.without;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.techbroker.certification.exam.ItemContent;
import org.techbroker.certification.exam.ItemStatus;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.courses.content.ImportProblem;

/** The file format's own rules: what JSON may be read, and how each item type is written. */
class ItemFileReaderTest {

    private final List<ImportProblem> problems = new ArrayList<>();

    private Optional<List<ItemDraft>> read(byte[] bytes) {
        return ItemFileReader.read("items.json", bytes, problems);
    }

    private List<ItemDraft> readGood(byte[] bytes) {
        Optional<List<ItemDraft>> items = read(bytes);
        assertThat(problems).isEmpty();
        return items.orElseThrow();
    }

    @Test
    void everyTypeIsReadWithItsDefaults() {
        List<ItemDraft> items = readGood(file(
                single("IPL-S-1"), multiple("IPL-M-1"), trueFalse("IPL-T-1"), numeric("IPL-N-1"), essay("IPL-E-1")));

        assertThat(items)
                .extracting(ItemDraft::key)
                .containsExactly("IPL-S-1", "IPL-M-1", "IPL-T-1", "IPL-N-1", "IPL-E-1");
        ItemContent choice = items.get(0).content();
        assertThat(choice.type()).isEqualTo(ItemType.SINGLE_CHOICE);
        assertThat(choice.status()).isEqualTo(ItemStatus.ACTIVE);
        assertThat(choice.points()).isEqualTo(1);
        assertThat(choice.options()).hasSize(3);
        assertThat(items.get(2).content().trueFalseKey()).isTrue();
        ItemContent number = items.get(3).content();
        assertThat(number.numericAnswer()).isEqualByComparingTo("12.5");
        assertThat(number.numericTolerance()).isEqualByComparingTo("0.5");
        assertThat(number.unit().en()).isEqualTo("CNY 10,000");
        ItemContent essay = items.get(4).content();
        assertThat(essay.points()).isEqualTo(20);
        assertThat(essay.rubric()).hasSize(2);
        assertThat(essay.rubric().get(0).levels())
                .extracting(ItemContent.LevelContent::points)
                .containsExactly(10, 5, 0);
    }

    @Test
    void aNumericItemWithoutToleranceHasToleranceZeroAndAnEssayWithoutPointsIsWorthItsRubric() {
        List<ItemDraft> items = readGood(file(without(numeric("N-1"), "tolerance"), without(essay("E-1"), "points")));

        assertThat(items.get(0).content().numericTolerance()).isEqualTo(BigDecimal.ZERO);
        assertThat(items.get(1).content().points()).isEqualTo(20);
    }

    @Test
    void aByteOrderMarkIsRefused() {
        byte[] json = file(single("S-1"));
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);

        assertThat(read(withBom)).isEmpty();
        assertThat(problems).extracting(ImportProblem::messageKey).containsExactly("courses.import.error.bom");
    }

    @Test
    void brokenJsonIsRefusedWithWhereItBroke() {
        assertThat(read(utf8("{\"format\": \"techbroker-exam-items/1\", \"items\": [}")))
                .isEmpty();
        assertThat(problems).extracting(ImportProblem::messageKey).containsExactly("courses.import.error.json_syntax");
        assertThat(problems.get(0).arguments()).hasSize(2);
    }

    @Test
    void somethingOtherThanAnObjectIsRefused() {
        assertThat(read(utf8("[]"))).isEmpty();
        assertThat(problems).extracting(ImportProblem::messageKey).containsExactly("exam.item.error.not_object");
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedUnread() {
        assertThat(read(new byte[(int) ItemFileReader.MAX_BYTES + 1])).isEmpty();
        assertThat(problems).extracting(ImportProblem::messageKey).containsExactly("exam.item.error.file_too_large");
        assertThat(problems.get(0).arguments()).containsExactly(5L);
    }

    @Test
    void anotherFormatIsRefused() {
        byte[] bytes = utf8("{\"format\": \"techbroker-exam-items/2\", \"items\": " + "[" + single("S-1") + "]}");
        assertThat(read(bytes)).isEmpty();
        assertThat(problems)
                .extracting(ImportProblem::messageKey, ImportProblem::pointer)
                .containsExactly(tuple("courses.import.error.format_version", "/format"));
    }

    @Test
    void anEmptyListAndMoreThanTwoThousandItemsAreRefused() {
        assertThat(read(file())).isEmpty();
        byte[] many = utf8("{\"format\": \"techbroker-exam-items/1\", \"items\": ["
                + String.join(",", java.util.Collections.nCopies(2001, "{}")) + "]}");
        assertThat(read(many)).isEmpty();
        assertThat(problems)
                .extracting(ImportProblem::messageKey, ImportProblem::pointer)
                .containsExactly(
                        tuple("courses.import.error.count", "/items"), tuple("courses.import.error.count", "/items"));
        assertThat(problems.get(1).arguments()).containsExactly(1, 2000, 2001);
    }

    @Test
    void unknownDuplicateAndNullKeysAreRefusedWithTheirPointers() {
        String item = single("S-1").toString();
        String broken = item.substring(0, item.length() - 1)
                + ",\"colour\":\"red\",\"explanation\":null,\"course\":\"TCL-201\"}";
        assertThat(read(utf8("{\"format\":\"techbroker-exam-items/1\",\"items\":[" + broken + "]}")))
                .isEmpty();

        assertThat(problems)
                .extracting(ImportProblem::messageKey, ImportProblem::pointer)
                .containsExactlyInAnyOrder(
                        tuple("courses.import.error.duplicate_key", "/items/0/course"),
                        tuple("courses.import.error.unknown_field", "/items/0/colour"),
                        tuple("courses.import.error.null", "/items/0/explanation"));
    }

    @Test
    void aFieldOfAnotherTypeIsRefusedNamingTheType() {
        assertThat(read(file(with(trueFalse("T-1"), "answer", Json.createValue(3)))))
                .isEmpty();
        assertThat(problems)
                .extracting(ImportProblem::messageKey, ImportProblem::pointer)
                .containsExactly(tuple("courses.import.error.item_field", "/items/0/answer"));
        assertThat(problems.get(0).arguments()).containsExactly("answer", "TRUE_FALSE");
    }

    @Test
    void pointsAreWholeNumbersWrittenAsSuch() {
        assertThat(read(file(with(single("S-1"), "points", Json.createValue(new BigDecimal("2.0"))))))
                .isEmpty();
        assertThat(problems)
                .extracting(ImportProblem::messageKey, ImportProblem::pointer)
                .containsExactly(tuple("courses.import.error.integer_form", "/items/0/points"));
    }

    @Test
    void valuesOfTheWrongKindAreRefused() {
        assertThat(read(file(
                        with(single("S-1"), "points", Json.createValue("2")),
                        with(trueFalse("T-1"), "correct", Json.createValue("yes")),
                        with(numeric("N-1"), "answer", Json.createValue("12")),
                        with(single("S-2"), "level", Json.createValue("EXPERT")),
                        with(single("S-3"), "course", Json.createValue("ipl101")),
                        with(single("S-4"), "stem", Json.createValue("text")),
                        with(single("S-5"), "options", JsonValue.EMPTY_JSON_OBJECT))))
                .isEmpty();

        assertThat(problems)
                .extracting(ImportProblem::messageKey, ImportProblem::pointer)
                .containsExactly(
                        tuple("courses.import.error.expected_integer", "/items/0/points"),
                        tuple("courses.import.error.expected_boolean", "/items/1/correct"),
                        tuple("courses.import.error.expected_number", "/items/2/answer"),
                        tuple("courses.import.error.value", "/items/3/level"),
                        tuple("courses.import.error.code_pattern", "/items/4/course"),
                        tuple("courses.import.error.expected_object", "/items/5/stem"),
                        tuple("courses.import.error.expected_array", "/items/6/options"));
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertThat(read(file(
                        without(single("S-1"), "options"),
                        without(essay("E-1"), "rubric"),
                        without(single("S-2"), "key"))))
                .isEmpty();
        assertThat(problems)
                .extracting(ImportProblem::messageKey, ImportProblem::pointer)
                .containsExactly(
                        tuple("courses.import.error.missing_field", "/items/0/options"),
                        tuple("courses.import.error.missing_field", "/items/1/rubric"),
                        tuple("courses.import.error.missing_field", "/items/2/key"));
    }

    @Test
    void aKeyAppearsOnceInAFile() {
        assertThat(read(file(single("S-1"), trueFalse("S-1")))).isEmpty();
        assertThat(problems)
                .extracting(ImportProblem::messageKey, ImportProblem::pointer)
                .containsExactly(tuple("exam.item.error.key_duplicate", "/items/1/key"));
        assertThat(problems.get(0).arguments()).containsExactly("S-1", "items[0]");
    }

    @Test
    void aBrokenItemDoesNotHideTheProblemsOfTheNext() {
        assertThat(read(file(without(single("S-1"), "stem"), without(single("S-2"), "course"))))
                .isEmpty();
        assertThat(problems).extracting(ImportProblem::pointer).containsExactly("/items/0/stem", "/items/1/course");
    }
}

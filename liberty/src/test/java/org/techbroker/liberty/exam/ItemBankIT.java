package org.techbroker.liberty.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.demo.DemoData;
import org.techbroker.certification.exam.CandidateSitting;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.ExamItem.Revision;
import org.techbroker.certification.exam.ExamRepository;
import org.techbroker.certification.exam.ExamService;
import org.techbroker.certification.exam.ItemContent;
import org.techbroker.certification.exam.ItemStatus;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.certification.exam.bank.BankItem;
import org.techbroker.certification.exam.bank.ItemBank;
import org.techbroker.certification.exam.bank.ItemBankException;
import org.techbroker.certification.exam.bank.ItemImportReport;
import org.techbroker.certification.exam.bank.ItemImportReport.Outcome;
import org.techbroker.certification.exam.bank.ItemSearch;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.content.ImportProblem;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;
import org.techbroker.liberty.support.Deployments;

/**
 * The item bank in the server: an import is validated whole and writes nothing on any error; an
 * unseen item is revised in place and a seen one gets a new version while the old one stays as it
 * was; and the bank, blueprint and sitting a newcomer finds after the first start (the seeded
 * items and the demo exam, the demo trainee registered). Test items are drafts: never drawn into
 * another test's forms.
 */
@ExtendWith(ArquillianExtension.class)
class ItemBankIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(ItemBankIT.class);
    }

    @Inject
    ItemBank bank;

    @Inject
    ExamRepository exams;

    @Inject
    ExamAdministration administration;

    @Inject
    ExamService candidates;

    @Inject
    AccountService accounts;

    @Inject
    UserTransaction transaction;

    private static String freshKey(String prefix) {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return (prefix + "-" + HexFormat.of().formatHex(random)).toUpperCase(Locale.ROOT);
    }

    private static JsonObjectBuilder text(String zh, String en) {
        return Json.createObjectBuilder().add("zh", zh).add("en", en);
    }

    private static JsonObject trueFalse(String key, boolean correct, String stemEn) {
        return Json.createObjectBuilder()
                .add("key", key)
                .add("type", "TRUE_FALSE")
                .add("course", "IPL-101")
                .add("level", "JUNIOR")
                .add("difficulty", "EASY")
                .add("status", "DRAFT")
                .add("stem", text("发明专利的保护期为二十年。", stemEn))
                .add("correct", correct)
                .build();
    }

    private static byte[] file(JsonObject... items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObject item : items) {
            array.add(item);
        }
        return Json.createObjectBuilder()
                .add("format", "techbroker-exam-items/1")
                .add("items", array)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anImportWithOneBadItemWritesNoneOfItsItems() {
        String good = freshKey("IT-GOOD");
        String alsoGood = freshKey("IT-GOOD");
        JsonObject bad = Json.createObjectBuilder(
                        trueFalse(freshKey("IT-BAD"), true, "The term of an invention patent is 20 years."))
                .add("course", "ZZZ-999")
                .build();

        assertThatThrownBy(() -> bank.importItems(
                        "bank.json",
                        file(
                                trueFalse(good, true, "The term of an invention patent is 20 years."),
                                bad,
                                trueFalse(alsoGood, false, "The term of an invention patent is 10 years."))))
                .isInstanceOfSatisfying(ItemBankException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::pointer, ImportProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "/items/1/course", "exam.item.error.course_unknown")));

        assertThat(bank.find(good)).isEmpty();
        assertThat(bank.find(alsoGood)).isEmpty();
    }

    @Test
    void anUnseenItemIsRevisedInPlaceAndASeenOneGetsANewVersionKeepingTheOld() throws Exception {
        String key = freshKey("IT-VER");
        String first = "The term of an invention patent is 20 years.";
        ItemImportReport created = bank.importItems("bank.json", file(trueFalse(key, true, first)));
        assertThat(created.count(Outcome.CREATED)).isEqualTo(1);

        ItemImportReport same = bank.importItems("bank.json", file(trueFalse(key, true, first)));
        assertThat(same.count(Outcome.UNCHANGED)).isEqualTo(1);

        String second = "From the filing date, an invention patent is protected for 20 years.";
        ItemImportReport edited = bank.importItems("bank.json", file(trueFalse(key, true, second)));
        assertThat(edited.count(Outcome.EDITED_IN_PLACE)).isEqualTo(1);
        BankItem afterEdit = bank.get(key);
        assertThat(afterEdit.versions()).hasSize(1);
        assertThat(afterEdit.current().content().stem().en()).isEqualTo(second);

        // A candidate's attempt shows the current version.
        transaction.begin();
        exams.markSeen(List.of(afterEdit.current().id()));
        transaction.commit();

        ItemContent revisedContent =
                withStem(afterEdit.current().content(), "A utility model is protected for 10 years.");
        ItemBank.Revised revised =
                bank.revise(key, revisedContent, bank.get(key).version());

        assertThat(revised.revision()).isEqualTo(Revision.NEW_VERSION);
        BankItem afterRevision = bank.get(key);
        assertThat(afterRevision.versions()).hasSize(2);
        assertThat(afterRevision.currentVersionNo()).isEqualTo(2);
        assertThat(afterRevision.versions().get(0).content().stem().en()).isEqualTo(second);
        assertThat(afterRevision.versions().get(0).seen()).isTrue();
        assertThat(afterRevision.current().content().stem().en())
                .isEqualTo("A utility model is protected for 10 years.");
        assertThat(afterRevision.current().seen()).isFalse();

        // A stale version is refused, and retiring a seen version is done in place.
        assertThatThrownBy(() -> bank.revise(key, revisedContent, afterEdit.version()))
                .isInstanceOfSatisfying(
                        org.techbroker.certification.CertificationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("exam.item.error.changed"));
        transaction.begin();
        exams.markSeen(List.of(afterRevision.current().id()));
        transaction.commit();
        BankItem retired = bank.changeStatus(key, ItemStatus.RETIRED, afterRevision.version());
        assertThat(retired.versions()).hasSize(2);
        assertThat(retired.current().content().status()).isEqualTo(ItemStatus.RETIRED);
    }

    private static ItemContent withStem(ItemContent content, String en) {
        return new ItemContent(
                content.type(),
                content.course(),
                content.level(),
                content.difficulty(),
                content.status(),
                content.points(),
                new BilingualText(content.stem().zh(), en),
                content.explanation(),
                content.source(),
                content.options(),
                content.trueFalseKey(),
                content.numericAnswer(),
                content.numericTolerance(),
                content.unit(),
                content.rubric());
    }

    @Test
    void theSeededBankAndTheDemoExamAreThere() {
        long juniorObjective = 0;
        for (ItemType type : ItemType.values()) {
            if (type.isObjective()) {
                juniorObjective += bank.search(new ItemSearch(
                                null, null, QualificationLevel.JUNIOR, type, null, ItemStatus.ACTIVE, 0, 1))
                        .total();
            }
        }
        assertThat(juniorObjective).isGreaterThanOrEqualTo(60);
        assertThat(bank.find("IPL-J-001")).isPresent();

        var blueprint = administration.blueprint(QualificationLevel.JUNIOR).orElseThrow();
        assertThat(blueprint.terms().objectiveItemCount()).isEqualTo(24);
        assertThat(blueprint.essayCount()).isEqualTo(1);
        assertThat(blueprint.durationMinutes()).isEqualTo(90);
        assertThat(administration.shortfalls(QualificationLevel.JUNIOR, blueprint.terms()))
                .isEmpty();

        AccountId trainee =
                accounts.findByUsername(DemoData.TRAINEE).orElseThrow().id();
        List<CandidateSitting> sittings = candidates.sittings(trainee);
        assertThat(sittings)
                .filteredOn(s -> s.level() == QualificationLevel.JUNIOR && s.registered())
                .anySatisfy(s -> {
                    assertThat(s.eligible()).isTrue();
                    assertThat(s.title().en()).isEqualTo("Junior technology broker exam (demo)");
                });
    }
}

package org.techbroker.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every word a person reads comes from the bundles: the Chinese and English files must hold the
 * same keys, no value may be empty, and every key a page names must exist.
 */
class BundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path COURSES_SOURCES = Path.of("../courses/src/main/java");
    private static final Path CERTIFICATION_SOURCES = Path.of("../certification/src/main/java");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "ValidationMessages"})
    void chineseAndEnglishHoldTheSameKeys(String bundle) throws IOException {
        Properties english = load(bundle + "_en.properties");
        Properties chinese = load(bundle + "_zh_CN.properties");

        assertThat(chinese.stringPropertyNames())
                .as("keys of %s_zh_CN against %s_en", bundle, bundle)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_en", "messages_zh_CN", "ValidationMessages_en", "ValidationMessages_zh_CN"})
    void noMessageIsBlank(String file) throws IOException {
        Properties messages = load(file + ".properties");
        assertThat(messages.stringPropertyNames())
                .as("keys with an empty value in %s", file)
                .filteredOn(key -> messages.getProperty(key).isBlank())
                .isEmpty();
    }

    @Test
    void theChineseFileIsWrittenInChinese() throws IOException {
        Properties chinese = load("messages_zh_CN.properties");
        assertThat(chinese.getProperty("login.title")).isEqualTo("登录");
        assertThat(chinese.getProperty("general.brand")).containsPattern("\\p{IsHan}");
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        Set<String> known = load("messages_en.properties").stringPropertyNames();
        Pattern literalKey = Pattern.compile("msg\\['([A-Za-z0-9_.-]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = literalKey.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + WEBAPP.relativize(page));
                    }
                }
            }
        }
        assertThat(missing)
                .as("keys named by pages but missing from the bundles")
                .isEmpty();
    }

    @Test
    void everyEnumLabelExists() throws IOException {
        Set<String> known = load("messages_en.properties").stringPropertyNames();
        for (var role : org.techbroker.app.account.Role.values()) {
            assertThat(known).contains("Role." + role.name());
        }
        for (var type : org.techbroker.app.audit.AuditEventType.values()) {
            assertThat(known).contains("AuditEventType." + type.name());
        }
        for (var problem : org.techbroker.app.api.ProblemType.values()) {
            assertThat(known).contains(problem.titleKey());
        }
        for (var rule : org.techbroker.courses.content.ImportRule.values()) {
            assertThat(known).contains(rule.messageKey());
        }
        for (var severity : org.techbroker.courses.content.ImportProblem.Severity.values()) {
            assertThat(known).contains("ImportProblem.Severity." + severity.name());
        }
        for (var outcome : org.techbroker.courses.content.ImportReport.Outcome.values()) {
            assertThat(known).contains("ImportReport.Outcome." + outcome.name());
        }
        for (var level : org.techbroker.courses.shared.QualificationLevel.values()) {
            assertThat(known).contains("QualificationLevel." + level.name());
        }
        for (var track : org.techbroker.courses.catalog.Track.values()) {
            assertThat(known).contains("Track." + track.name());
        }
        for (var module : org.techbroker.courses.catalog.SyllabusModule.values()) {
            assertThat(known).contains("SyllabusModule." + module.name());
        }
        for (var type : org.techbroker.certification.exam.ItemType.values()) {
            assertThat(known).contains("ItemType." + type.name());
        }
        for (var status : org.techbroker.certification.exam.ItemStatus.values()) {
            assertThat(known).contains("ItemStatus." + status.name());
        }
        for (var difficulty : org.techbroker.certification.exam.Difficulty.values()) {
            assertThat(known).contains("Difficulty." + difficulty.name());
        }
        for (var state : org.techbroker.certification.exam.AttemptState.values()) {
            assertThat(known).contains("AttemptState." + state.name());
        }
        for (var outcome : org.techbroker.certification.exam.Outcome.values()) {
            assertThat(known).contains("Outcome." + outcome.name());
        }
        for (var outcome : org.techbroker.certification.exam.bank.ItemImportReport.Outcome.values()) {
            assertThat(known).contains("ItemImportReport.Outcome." + outcome.name());
        }
    }

    /**
     * The courses and certification modules name their failures by key ({@code "courses.error.…"},
     * {@code "exam.error.…"}) and their Bean Validation messages by template ({@code "{courses.…}"});
     * each must be said in both languages.
     */
    @Test
    void everyKeyTheModulesNameExists() throws IOException {
        Set<String> messages = load("messages_en.properties").stringPropertyNames();
        Set<String> validation = load("ValidationMessages_en.properties").stringPropertyNames();
        Pattern errorKey = Pattern.compile("\"((?:courses|exam|exam\\.item)\\.error\\.[a-z_]+)\"");
        Pattern template = Pattern.compile("\"\\{(courses\\.[a-z_.]+)}\"");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> sources = Stream.concat(Files.walk(COURSES_SOURCES), Files.walk(CERTIFICATION_SOURCES))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source, StandardCharsets.UTF_8);
                Matcher errors = errorKey.matcher(code);
                while (errors.find()) {
                    found++;
                    if (!messages.contains(errors.group(1))) {
                        missing.add(errors.group(1) + " in " + source.getFileName());
                    }
                }
                Matcher templates = template.matcher(code);
                while (templates.find()) {
                    found++;
                    if (!validation.contains(templates.group(1))) {
                        missing.add(templates.group(1) + " (ValidationMessages) in " + source.getFileName());
                    }
                }
            }
        }
        assertThat(found).as("keys found in the courses module's sources").isGreaterThan(20);
        assertThat(missing)
                .as("keys of the courses module missing from the bundles")
                .isEmpty();
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

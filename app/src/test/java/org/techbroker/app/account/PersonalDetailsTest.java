package org.techbroker.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDetailsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    private static PersonalDetails valid() {
        return new PersonalDetails("zhangsan", "zhangsan@example.cn", "张三", "Zhang San", "北京技术交易所");
    }

    private static PersonalDetails withUsername(String username) {
        return new PersonalDetails(username, "zhangsan@example.cn", "张三", "Zhang San", null);
    }

    private static PersonalDetails withEmail(String email) {
        return new PersonalDetails("zhangsan", email, "张三", "Zhang San", null);
    }

    private static PersonalDetails withNameZh(String nameZh) {
        return new PersonalDetails("zhangsan", "zhangsan@example.cn", nameZh, "Zhang San", null);
    }

    private static PersonalDetails withNameLatin(String nameLatin) {
        return new PersonalDetails("zhangsan", "zhangsan@example.cn", "张三", nameLatin, null);
    }

    /** The message templates of the violations on one property. */
    private static Set<String> templatesOn(String property, PersonalDetails details) {
        return validator.validate(details).stream()
                .filter(v -> v.getPropertyPath().toString().equals(property))
                .map(ConstraintViolation::getMessageTemplate)
                .collect(Collectors.toSet());
    }

    @Test
    void acceptsValidDetails() {
        assertThat(validator.validate(valid())).isEmpty();
        assertThat(validator.validate(withUsername("Li.Na_2026-x"))).isEmpty();
    }

    @Test
    void theOrganisationIsOptional() {
        assertThat(validator.validate(withUsername("zhangsan"))).isEmpty();
    }

    @Test
    void everyMessageIsABundleKey() {
        var details =
                new PersonalDetails(" ", "not an address", "Zhang", "张三", "x".repeat(Account.ORGANISATION_MAX + 1));

        assertThat(validator.validate(details)).isNotEmpty().allSatisfy(v -> assertThat(v.getMessageTemplate())
                .matches("\\{account\\.[a-z_]+\\.[a-z_]+}"));
    }

    @Test
    void requiresEachNameAndAddress() {
        var blank = new PersonalDetails(null, "", " ", null, null);

        assertThat(templatesOn("username", blank)).contains("{account.username.required}");
        assertThat(templatesOn("email", blank)).contains("{account.email.required}");
        assertThat(templatesOn("nameZh", blank)).contains("{account.name_zh.required}");
        assertThat(templatesOn("nameLatin", blank)).contains("{account.name_latin.required}");
    }

    @Test
    void usernameIsThreeToThirtyTwoCharacters() {
        assertThat(templatesOn("username", withUsername("ab"))).containsExactly("{account.username.size}");
        assertThat(templatesOn("username", withUsername("abc"))).isEmpty();
        assertThat(templatesOn("username", withUsername("a".repeat(Account.USERNAME_MAX))))
                .isEmpty();
        assertThat(templatesOn("username", withUsername("a".repeat(Account.USERNAME_MAX + 1))))
                .containsExactly("{account.username.size}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-zhangsan", ".zhangsan", "zhang san", "zhang@san", "张三丰", "zhangsän", "zhangsan/"})
    void usernameIsLettersDigitsAndAFewSeparatorsStartingWithALetterOrDigit(String username) {
        assertThat(templatesOn("username", withUsername(username))).containsExactly("{account.username.pattern}");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"zhangsan", "a@b", "zhangsan@example", "zhang san@example.cn", "@example.cn", "a@@example.cn"})
    void emailMustBeAnAddressWithADomain(String email) {
        assertThat(templatesOn("email", withEmail(email))).containsExactly("{account.email.invalid}");
    }

    @Test
    void emailIsAtMost254Characters() {
        assertThat(templatesOn("email", withEmail(emailOfLength(Account.EMAIL_MAX))))
                .isEmpty();
        assertThat(templatesOn("email", withEmail(emailOfLength(Account.EMAIL_MAX + 1))))
                .contains("{account.email.size}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三", "欧阳娜娜", "阿依古丽·买买提", "阿依古丽・买买提", "諸葛亮", "𠀀𠀁"})
    void chineseNameIsHanCharacters(String nameZh) {
        assertThat(templatesOn("nameZh", withNameZh(nameZh))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zhang", "张", "张 三", "张3", "ちょう", "김철수", "··", "・・・", "张·", "·张三"})
    void chineseNameRefusesOtherScriptsAndSingleCharacters(String nameZh) {
        assertThat(templatesOn("nameZh", withNameZh(nameZh))).containsExactly("{account.name_zh.pattern}");
    }

    @Test
    void checksAnOverlongChineseNameWithoutBacktrackingOrRecursion() {
        // The pattern runs whatever the size, so it must stay linear and not recurse per character.
        String overlong = "张·".repeat(5_000) + "3";

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(templatesOn("nameZh", withNameZh(overlong)))
                .contains("{account.name_zh.pattern}"));
    }

    @Test
    void chineseNameIsAtMost40Characters() {
        assertThat(templatesOn("nameZh", withNameZh("张".repeat(Account.NAME_ZH_MAX))))
                .isEmpty();
        assertThat(templatesOn("nameZh", withNameZh("张".repeat(Account.NAME_ZH_MAX + 1))))
                .containsExactly("{account.name_zh.size}");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Zhang San",
                "Zoë Müller",
                "O'Brien",
                "Jean-Luc Picard",
                "Nguyễn Thị Minh Khai",
                "Martin Luther King Jr."
            })
    void latinNameIsLatinLettersSpacesApostrophesHyphensAndDots(String nameLatin) {
        assertThat(templatesOn("nameLatin", withNameLatin(nameLatin))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三", "Zhang3", "Zhang_San", " Zhang", "-Zhang", "Жанна"})
    void latinNameRefusesOtherCharacters(String nameLatin) {
        assertThat(templatesOn("nameLatin", withNameLatin(nameLatin))).containsExactly("{account.name_latin.pattern}");
    }

    @Test
    void latinNameIsAtMost100Characters() {
        assertThat(templatesOn("nameLatin", withNameLatin("Z".repeat(Account.NAME_LATIN_MAX + 1))))
                .containsExactly("{account.name_latin.size}");
    }

    @Test
    void organisationIsAtMost200Characters() {
        var atLimit = new PersonalDetails(
                "zhangsan", "zhangsan@example.cn", "张三", "Zhang San", "机".repeat(Account.ORGANISATION_MAX));
        var overLimit = new PersonalDetails(
                "zhangsan", "zhangsan@example.cn", "张三", "Zhang San", "机".repeat(Account.ORGANISATION_MAX + 1));

        assertThat(templatesOn("organisation", atLimit)).isEmpty();
        assertThat(templatesOn("organisation", overLimit)).containsExactly("{account.organisation.size}");
    }

    @Test
    void normalisedLowerCasesUsernameAndEmailAndTrimsAndFoldsSpaces() {
        var submitted = new PersonalDetails(
                "  ZhangSan ",
                " ZhangSan@Example.CN ",
                " 张三 ",
                "  Zhang   San ",
                "  Beijing \t Technology   Exchange ");

        assertThat(submitted.normalised())
                .isEqualTo(new PersonalDetails(
                        "zhangsan", "zhangsan@example.cn", "张三", "Zhang San", "Beijing Technology Exchange"));
    }

    @Test
    void normalisedDropsABlankOrganisationAndKeepsMissingValuesMissing() {
        assertThat(new PersonalDetails("zhangsan", "z@example.cn", "张三", "Zhang San", "   ")
                        .normalised()
                        .organisation())
                .isNull();
        assertThat(new PersonalDetails(null, null, null, null, null).normalised())
                .isEqualTo(new PersonalDetails(null, null, null, null, null));
    }

    @Test
    void normalisedLowerCasesTheSameWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            // In Turkish, "I".toLowerCase() is a dotless ı.
            assertThat(withUsername("ILINCA").normalised().username()).isEqualTo("ilinca");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** A well-formed address of exactly the given length: a 64-character local part, labels of 9. */
    private static String emailOfLength(int length) {
        String local = "z".repeat(64);
        int domainLength = length - local.length() - 1 - ".cn".length();
        StringBuilder domain =
                new StringBuilder("dddddddd.".repeat(domainLength / 9 + 1).substring(0, domainLength));
        if (domain.charAt(domain.length() - 1) == '.') {
            domain.setCharAt(domain.length() - 1, 'd');
        }
        String email = local + "@" + domain + ".cn";
        assertThat(email).hasSize(length);
        return email;
    }
}

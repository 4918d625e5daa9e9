package org.techbroker.courses.content;

import java.util.Locale;
import org.techbroker.courses.content.ImportProblem.Severity;

/**
 * Every rule an import checks, each with its message key: {@code courses.import.error.<name>}
 * for the format's rules, {@code courses.import.warning.<name>} for the editorial ones. The web
 * application's bundles hold a message for each (a test there checks).
 */
public enum ImportRule {
    ARCHIVE_TOO_LARGE(Severity.ERROR),
    ARCHIVE_TOO_MANY_ENTRIES(Severity.ERROR),
    ARCHIVE_EXPANDED_TOO_LARGE(Severity.ERROR),
    ARCHIVE_UNREADABLE(Severity.ERROR),
    ARCHIVE_EMPTY(Severity.ERROR),
    ENTRY_NAME_UNSAFE(Severity.ERROR),
    ENTRY_DUPLICATE(Severity.ERROR),
    ENTRY_UNEXPECTED(Severity.ERROR),
    FILE_TOO_LARGE(Severity.ERROR),
    ATTACHMENT_TOO_LARGE(Severity.ERROR),
    ATTACHMENT_NAME(Severity.ERROR),
    ATTACHMENT_TYPE(Severity.ERROR),
    ATTACHMENT_COURSE_UNKNOWN(Severity.ERROR),
    ATTACHMENT_LESSON_UNKNOWN(Severity.ERROR),
    BOM(Severity.ERROR),
    ENCODING(Severity.ERROR),
    JSON_SYNTAX(Severity.ERROR),
    DUPLICATE_KEY(Severity.ERROR),
    NOT_OBJECT(Severity.ERROR),
    UNKNOWN_FIELD(Severity.ERROR),
    MISSING_FIELD(Severity.ERROR),
    NULL(Severity.ERROR),
    EXPECTED_STRING(Severity.ERROR),
    EXPECTED_INTEGER(Severity.ERROR),
    EXPECTED_NUMBER(Severity.ERROR),
    EXPECTED_BOOLEAN(Severity.ERROR),
    EXPECTED_OBJECT(Severity.ERROR),
    EXPECTED_ARRAY(Severity.ERROR),
    INTEGER_FORM(Severity.ERROR),
    RANGE(Severity.ERROR),
    COUNT(Severity.ERROR),
    LENGTH(Severity.ERROR),
    BLANK(Severity.ERROR),
    WHITESPACE(Severity.ERROR),
    MARKUP(Severity.ERROR),
    VALUE(Severity.ERROR),
    DISTINCT(Severity.ERROR),
    FORMAT_VERSION(Severity.ERROR),
    CODE_PATTERN(Severity.ERROR),
    FILE_NAME(Severity.ERROR),
    SLUG_PATTERN(Severity.ERROR),
    SLUG_DUPLICATE(Severity.ERROR),
    ITEM_FIELD(Severity.ERROR),
    OPTIONS_SINGLE_COUNT(Severity.ERROR),
    OPTIONS_MULTIPLE_COUNT(Severity.ERROR),
    OPTION_KEY(Severity.ERROR),
    OPTION_TEXT_DUPLICATE(Severity.ERROR),
    OPTIONS_SINGLE_CORRECT(Severity.ERROR),
    OPTIONS_MULTIPLE_TOO_FEW(Severity.ERROR),
    OPTIONS_MULTIPLE_ALL_CORRECT(Severity.ERROR),
    TOLERANCE_NEGATIVE(Severity.ERROR),
    HTML_COMMENT(Severity.ERROR),
    HTML_DECLARATION(Severity.ERROR),
    HTML_BARE_LT(Severity.ERROR),
    HTML_ELEMENT(Severity.ERROR),
    HTML_UNTERMINATED_TAG(Severity.ERROR),
    HTML_ATTRIBUTE(Severity.ERROR),
    HTML_END_TAG_UNEXPECTED(Severity.ERROR),
    HTML_END_TAG_MISMATCH(Severity.ERROR),
    HTML_SELF_CLOSING(Severity.ERROR),
    HTML_TOP_LEVEL_ELEMENT(Severity.ERROR),
    HTML_TOP_LEVEL_TEXT(Severity.ERROR),
    HTML_REFERENCE(Severity.ERROR),
    HTML_UNCLOSED(Severity.ERROR),
    CODE_DUPLICATE(Severity.ERROR),
    PREREQUISITE_SELF(Severity.ERROR),
    PREREQUISITE_UNKNOWN(Severity.ERROR),
    PREREQUISITE_DRAFT(Severity.ERROR),
    PREREQUISITE_CYCLE(Severity.ERROR),
    MODULES_COUNT(Severity.WARNING),
    SUMMARY_WORDS(Severity.WARNING),
    QUIZ_ITEMS(Severity.WARNING),
    LESSON_WORDS(Severity.WARNING),
    BODY_STRUCTURE(Severity.WARNING),
    NUMERIC_EXPLANATION(Severity.WARNING),
    ZH_PUNCTUATION(Severity.WARNING),
    LESSON_REMOVED(Severity.WARNING);

    private final Severity severity;

    ImportRule(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** The message key: {@code courses.import.error.html_element}. */
    public String messageKey() {
        return "courses.import." + (severity == Severity.ERROR ? "error." : "warning.")
                + name().toLowerCase(Locale.ROOT);
    }
}

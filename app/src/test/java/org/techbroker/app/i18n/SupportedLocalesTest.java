package org.techbroker.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SupportedLocalesTest {

    private static final Locale FRENCH = Locale.FRENCH;

    @Test
    void simplifiedChineseIsTheDefault() {
        assertThat(SupportedLocales.DEFAULT).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(SupportedLocales.ALL).containsExactly(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    }

    @Test
    void matchesByLanguage() {
        assertThat(SupportedLocales.match(Locale.TRADITIONAL_CHINESE)).contains(SupportedLocales.CHINESE);
        assertThat(SupportedLocales.match(Locale.forLanguageTag("zh-HK"))).contains(SupportedLocales.CHINESE);
        assertThat(SupportedLocales.match(Locale.US)).contains(SupportedLocales.ENGLISH);
        assertThat(SupportedLocales.match(Locale.UK)).contains(SupportedLocales.ENGLISH);
        assertThat(SupportedLocales.match(FRENCH)).isEmpty();
        assertThat(SupportedLocales.match(null)).isEmpty();
    }

    @Test
    void bestOfTakesTheFirstSupportedWishInOrderOfPreference() {
        assertThat(SupportedLocales.bestOf(List.of(FRENCH, Locale.US, Locale.TRADITIONAL_CHINESE)))
                .isEqualTo(SupportedLocales.ENGLISH);
        assertThat(SupportedLocales.bestOf(List.of(Locale.TRADITIONAL_CHINESE, Locale.US)))
                .isEqualTo(SupportedLocales.CHINESE);
    }

    @Test
    void bestOfFallsBackToTheDefault() {
        assertThat(SupportedLocales.bestOf(List.of(FRENCH, Locale.GERMAN))).isEqualTo(SupportedLocales.DEFAULT);
        assertThat(SupportedLocales.bestOf(List.of(FRENCH))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(SupportedLocales.bestOf(List.of())).isEqualTo(SupportedLocales.DEFAULT);
        assertThat(SupportedLocales.bestOf(null)).isEqualTo(SupportedLocales.DEFAULT);
    }

    @Test
    void fromTagReadsLanguageTagsAndJavaStyleNames() {
        assertThat(SupportedLocales.fromTag("en")).contains(SupportedLocales.ENGLISH);
        assertThat(SupportedLocales.fromTag("en-GB")).contains(SupportedLocales.ENGLISH);
        assertThat(SupportedLocales.fromTag("zh-CN")).contains(SupportedLocales.CHINESE);
        assertThat(SupportedLocales.fromTag("zh_CN")).contains(SupportedLocales.CHINESE);
        assertThat(SupportedLocales.fromTag("zh-Hant-TW")).contains(SupportedLocales.CHINESE);
        assertThat(SupportedLocales.fromTag(" en ")).contains(SupportedLocales.ENGLISH);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "garbage", "!!", "fr", "12-34", "<script>"})
    void fromTagFindsNothingInUnsupportedOrMalformedTags(String tag) {
        assertThat(SupportedLocales.fromTag(tag)).isEmpty();
    }
}

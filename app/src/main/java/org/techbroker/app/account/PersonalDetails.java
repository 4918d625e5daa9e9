package org.techbroker.app.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * Who a person is, as they register it: the username they sign in with, an email address, their
 * legal name in Chinese characters and in Latin letters (both appear on certificates), and an
 * optional organisation. {@link #normalised()} gives the form that is stored and compared.
 */
public record PersonalDetails(
        @NotBlank(message = "{account.username.required}")
        @Size(min = 3, max = Account.USERNAME_MAX, message = "{account.username.size}")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{account.username.pattern}")
        String username,

        @NotBlank(message = "{account.email.required}")
        @Size(max = Account.EMAIL_MAX, message = "{account.email.size}")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{account.email.invalid}")
        String email,

        @NotBlank(message = "{account.name_zh.required}")
        @Size(max = Account.NAME_ZH_MAX, message = "{account.name_zh.size}")
        // Two or more Han characters, middle dots only between them (阿依古丽·买买提).
        @Pattern(regexp = "\\p{IsHan}[\\p{IsHan}·・]*\\p{IsHan}", message = "{account.name_zh.pattern}")
        String nameZh,

        @NotBlank(message = "{account.name_latin.required}")
        @Size(max = Account.NAME_LATIN_MAX, message = "{account.name_latin.size}")
        @Pattern(regexp = "\\p{IsLatin}[\\p{IsLatin} .'-]*", message = "{account.name_latin.pattern}")
        String nameLatin,

        @Size(max = Account.ORGANISATION_MAX, message = "{account.organisation.size}")
        String organisation) {

    /** Trimmed, username and email in lower case, runs of spaces folded, a blank organisation dropped. */
    public PersonalDetails normalised() {
        return new PersonalDetails(
                lower(username),
                lower(email),
                fold(nameZh),
                fold(nameLatin),
                organisation == null || organisation.isBlank() ? null : fold(organisation));
    }

    private static String lower(String value) {
        return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
    }

    private static String fold(String value) {
        return value == null ? null : value.trim().replaceAll("\\s+", " ");
    }
}

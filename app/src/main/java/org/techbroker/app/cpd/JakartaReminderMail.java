package org.techbroker.app.cpd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import org.techbroker.app.i18n.Messages;
import org.techbroker.app.i18n.SupportedLocales;
import org.techbroker.certification.cpd.ReminderMail;

/**
 * Sends expiry reminders through Jakarta Mail (Liberty's {@code mail-2.1} feature) to the configured
 * SMTP server. One mail carries the text in Chinese, then in English, both from the bundles.
 */
@ApplicationScoped
public class JakartaReminderMail implements ReminderMail {

    static final String TIMEOUT_MILLIS = "10000";

    @Inject
    MailSettings settings;

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public void send(Letter letter) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        Session session = Session.getInstance(properties);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(letter.to()));
            message.setSubject(subject(letter), "UTF-8");
            message.setText(body(letter), "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(
                    "The mail server refused the reminder for " + letter.certificateNumber(), e);
        }
    }

    static String subject(Letter letter) {
        return Messages.get(
                        SupportedLocales.CHINESE, "cpd.mail.subject", letter.certificateNumber(), letter.daysBefore())
                + " / "
                + Messages.get(
                        SupportedLocales.ENGLISH, "cpd.mail.subject", letter.certificateNumber(), letter.daysBefore());
    }

    static String body(Letter letter) {
        return text(letter, SupportedLocales.CHINESE, letter.names().zh())
                + "\n\n----------------------------------------\n\n"
                + text(letter, SupportedLocales.ENGLISH, letter.names().latin());
    }

    private static String text(Letter letter, Locale locale, String name) {
        return Messages.get(
                locale,
                "cpd.mail.body",
                name,
                letter.certificateNumber(),
                Messages.get(locale, "QualificationLevel." + letter.level().name()),
                letter.expiresOn()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale)),
                letter.daysBefore(),
                letter.credits().toPlainString(),
                letter.required().toPlainString());
    }
}

package org.techbroker.liberty.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts Faces forms as a browser does from a page already read: the page's view state and its
 * PrimeFaces nonce go with the fields, or the server refuses the post.
 */
public final class FacesForms {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\([\"']([^\"']+)[\"']\\)");

    private FacesForms() {}

    public static HttpResponse<String> post(ApiClient client, String path, String form) {
        return client.send("POST", path, "application/x-www-form-urlencoded", form);
    }

    public static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        assertThat(matcher.find()).as("the page has a view state").isTrue();
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    public static String nonce(String page) {
        Matcher matcher = NONCE.matcher(page);
        assertThat(matcher.find()).as("the page has a PrimeFaces nonce").isTrue();
        return matcher.group(1);
    }

    /** Names and values, in turn, as a form body. */
    public static String form(String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(encode(namesAndValues[i])).append('=').append(encode(namesAndValues[i + 1]));
        }
        return form.toString();
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

package org.gridcommand.ui.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.IllegalTransitionException;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.service.event.ActionRefusedException;
import org.gridcommand.service.event.ConcurrentChangeException;
import org.gridcommand.service.triage.TriageRefusal;
import org.gridcommand.service.triage.TriageTown;
import org.gridcommand.ui.common.Messages;
import org.junit.jupiter.api.Test;

/**
 * The desk speaks one language at a time: every word has both a Chinese and an English text, the English ones
 * have no Chinese characters and no raw codes, and refusals are worded from what happened, not from a service's
 * two-language sentence.
 */
class TriageLanguageTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** SOMETHING_LIKE_THIS: an enum constant leaking into the text. */
    private static final Pattern ENUM_TOKEN = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b");

    @Test
    void every_key_has_both_languages_and_the_english_texts_have_no_chinese_and_no_codes() throws Exception {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as(key).doesNotContainPattern(HAN).doesNotContainPattern(ENUM_TOKEN);
            assertThat(zh.getProperty(key)).as(key).doesNotContainPattern(ENUM_TOKEN);
            if (en.getProperty(key).matches(".*[A-Za-z]{3,}.*")) {
                assertThat(zh.getProperty(key)).as(key + " is words, in Chinese").containsPattern(HAN);
            }
        }
    }

    @Test
    void refusals_are_worded_in_the_consoles_language_only() {
        Clock clock = Clock.fixed(TriageTown.NIGHT, TriageTown.SHANGHAI);
        TriageText en = new TriageText(new Messages("org.gridcommand.ui.triage.messages", Locale.ENGLISH), clock);
        TriageText zh = new TriageText(new Messages("org.gridcommand.ui.triage.messages", Locale.SIMPLIFIED_CHINESE),
                clock);
        var lost = new ConcurrentChangeException(1, "Li Na", EventStep.CANCEL, TriageTown.NIGHT, null,
                Phrase.of("refused.concurrentUnknown", "SJ1"));
        var state = new IllegalTransitionException(EventState.CANCELLED, EventAction.REGISTER,
                Phrase.of("refused.transition", EventState.CANCELLED, EventAction.REGISTER, List.of()), "log only");
        var unknownUnit = new ActionRefusedException("refused.noUnit", 7);

        assertThat(en.explain(lost)).isEqualTo("Already cancelled by Li Na at 02:00");
        assertThat(zh.explain(lost)).isEqualTo("已被 Li Na 于 02:00 作废");
        assertThat(en.explain(state)).isEqualTo("The report is cancelled: it cannot be registered.");
        assertThat(zh.explain(state)).isEqualTo("该报告已作废，不能立案。");
        assertThat(en.explain(unknownUnit)).isEqualTo("No such unit (7).");
        assertThat(zh.explain(unknownUnit)).containsPattern(HAN).contains("7").doesNotContainPattern("[A-Za-z]");
        for (TriageRefusal.Reason r : TriageRefusal.Reason.values()) {
            assertThat(en.explain(new TriageRefusal(r, null))).doesNotContainPattern(HAN)
                    .doesNotContain(r.name());
            assertThat(zh.explain(new TriageRefusal(r, null))).containsPattern(HAN).doesNotContain(r.name());
        }
    }

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = TriageLanguageTest.class.getResourceAsStream("/org/gridcommand/ui/triage/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

}

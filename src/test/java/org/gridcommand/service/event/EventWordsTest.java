package org.gridcommand.service.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.gridcommand.domain.event.EventNotice;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.event.Phrase;
import org.junit.jupiter.api.Test;

/**
 * A Chinese and an English console read the same record, each cleanly in its own words — also the lines written
 * before parameters were stored, when a line was one "中文 / English" text.
 */
class EventWordsTest {
    static final EventWords ZH = new EventWords(Locale.SIMPLIFIED_CHINESE);
    static final EventWords EN = new EventWords(Locale.ENGLISH);

    @Test
    void a_dispatch_line_with_parameters_reads_in_each_language() {
        EventTransition t = line(EventStep.DISPATCH, "请今日处理",
                StepParams.of("lead", "城管局").with("co", List.of("住建局", "幸福社区居委会")).json());
        assertThat(ZH.details(t)).isEqualTo("主办：城管局；协办：住建局、幸福社区居委会；请今日处理");
        assertThat(EN.details(t)).isEqualTo("lead: 城管局; co-handlers: 住建局, 幸福社区居委会; 请今日处理");
        assertThat(ZH.step(t.getStep())).isEqualTo("派遣");
        assertThat(EN.step(t.getStep())).isEqualTo("Dispatched");
    }

    @Test
    void old_bilingual_lines_show_only_the_readers_half() {
        EventTransition dispatch = line(EventStep.DISPATCH, "主办 / lead: 城管局；协办 / co-handlers: 住建局、环卫所"
                + "；按规则自动派遣 / dispatched by rule: 小事 → 社区 / small case → community-led", null);
        assertThat(ZH.details(dispatch)).isEqualTo("主办：城管局；协办：住建局、环卫所；按规则自动派遣（小事 → 社区）");
        assertThat(EN.details(dispatch))
                .isEqualTo("lead: 城管局; co-handlers: 住建局, 环卫所; dispatched by rule (small case → community-led)");

        EventTransition register = line(EventStep.REGISTER, "来件自动立案 / registered on arrival; 010101 占道经营", null);
        assertThat(ZH.details(register)).isEqualTo("来件自动立案：010101 占道经营");
        assertThat(EN.details(register)).isEqualTo("registered on arrival as 010101 占道经营");

        EventTransition supervise = line(EventStep.SUPERVISE, "第 2 次督办（OVERDUE），升级至 东湖街道城建板块 / escalated "
                + "to 东湖街道城建板块；已通知 / notified: 幸福社区居委会、东湖街道城建板块；请今日办结", null);
        assertThat(ZH.details(supervise)).isEqualTo("第 2 次督办（超期）；升级至 东湖街道城建板块；"
                + "已通知：幸福社区居委会、东湖街道城建板块；请今日办结");
        assertThat(EN.details(supervise)).isEqualTo("supervision no. 2 (overdue); escalated to 东湖街道城建板块; "
                + "notified: 幸福社区居委会, 东湖街道城建板块; 请今日办结");

        EventTransition reopen = line(EventStep.REOPEN, "群众不满意 / citizen dissatisfied：摊位又回来了", null);
        assertThat(EN.details(reopen)).isEqualTo("the reporter was dissatisfied: handled again; 摊位又回来了");
        EventTransition rate = line(EventStep.RATE, "DISSATISFIED：摊位又回来了", null);
        assertThat(ZH.details(rate)).isEqualTo("评价：不满意；摊位又回来了");
        EventTransition report = line(EventStep.REPORT, "不在任何网格内，需人工定位 / outside every grid: place it by hand. "
                + "未知事项 X99，待分拣 / unknown category: waiting for triage.", null);
        assertThat(ZH.details(report)).isEqualTo("不在任何网格内，需人工定位；未知事项 X99，待分拣");
        assertThat(EN.details(report))
                .isEqualTo("outside every grid: place it by hand; unknown category X99: waiting for triage");
        EventTransition alarm = line(EventStep.NOTE, "再次报警 / alarm again: 水位 3.2 m", null);
        assertThat(ZH.details(alarm)).isEqualTo("再次报警：水位 3.2 m");
        assertThat(EN.details(alarm)).isEqualTo("alarm again: 水位 3.2 m");
    }

    @Test
    void a_persons_own_note_shows_as_written_in_both_languages() {
        EventTransition t = line(EventStep.CANCEL, "经核实不属实", null);
        assertThat(ZH.details(t)).isEqualTo("经核实不属实");
        assertThat(EN.details(t)).isEqualTo("经核实不属实");
    }

    @Test
    void a_notice_and_a_nested_phrase_are_worded_in_the_readers_language() {
        EventNotice escalate = new EventNotice(1, 2, 3, Instant.EPOCH, "ESCALATE", "请今日办结",
                StepParams.of("number", "SJ-1").with("title", "占道").with("from", "幸福社区居委会").json());
        assertThat(ZH.notice(escalate)).isEqualTo("督办 SJ-1 占道（由 幸福社区居委会 升级）；请今日办结");
        assertThat(EN.notice(escalate)).isEqualTo("Supervision of SJ-1 占道 (escalated from 幸福社区居委会); 请今日办结");
        EventNotice old = new EventNotice(1, 2, 3, Instant.EPOCH, "ESCALATE",
                "督办 SJ-1 占道（由 幸福社区居委会 升级 / escalated from 幸福社区居委会）");
        assertThat(ZH.notice(old)).isEqualTo("督办 SJ-1 占道（由 幸福社区居委会 升级）");
        assertThat(EN.notice(old)).isEqualTo("Supervision of SJ-1 占道 (escalated from 幸福社区居委会)");
        Phrase p = Phrase.of("refused.mergeTargetClosed", "SJ-2", EventState.CLOSED);
        assertThat(ZH.say(p)).isEqualTo("目标案件 SJ-2 已结案，不能合并进去。");
        assertThat(EN.say(p)).isEqualTo("SJ-2 is closed: nothing can be merged into it.");
    }

    @Test
    void the_system_and_a_nameless_channel_are_named_in_each_language_people_as_written() {
        assertThat(ZH.actor(EventWords.SYSTEM_ACTOR)).isEqualTo("系统");
        assertThat(EN.actor(EventWords.SYSTEM_ACTOR)).isEqualTo("system");
        assertThat(EN.actor("AI_CAMERA")).isEqualTo("AI camera");
        assertThat(ZH.actor("AI_CAMERA")).isEqualTo("AI视频");
        assertThat(EN.actor("李娜")).isEqualTo("李娜");
        assertThat(EN.actor(null)).isEmpty();
    }

    @Test
    void every_key_has_both_languages_and_neither_speaks_the_others_script() throws Exception {
        var zh = new Properties();
        var en = new Properties();
        try (var in = EventWords.class.getResourceAsStream("messages.properties");
             var inEn = EventWords.class.getResourceAsStream("messages_en.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            en.load(new InputStreamReader(inEn, StandardCharsets.UTF_8));
        }
        assertThat(en.keySet()).isEqualTo(zh.keySet());
        en.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).doesNotContainPattern("\\p{IsHan}"));
        zh.forEach((k, v) -> assertThat(v.toString().replaceAll("\\{\\d}", "")).as(k.toString())
                .doesNotContainPattern("[A-Za-z]{3,}"));
    }

    private static EventTransition line(EventStep step, String note, String params) {
        return new EventTransition(1, 2, Instant.EPOCH, "李娜", step, EventState.REGISTERED, EventState.DISPATCHED,
                note, null, params);
    }
}

package org.gridcommand.service.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridcommand.domain.event.EventStep;

/**
 * Reads history lines written before parameters were stored, when the whole line was one text, often "中文 /
 * English". History is never rewritten, so these lines are read as they are: the forms the earlier versions wrote
 * are recognised and worded like new lines; any other "中文 / English" text shows the reader's half; anything else
 * (a person's note, the demo city's Chinese notes) shows as written.
 */
final class LegacyNotes {
    private static final Pattern DISPATCH = Pattern.compile("^主办 / lead: ([^；]*)(?:；协办 / co-handlers: ([^；]*))?"
            + "(?:；按规则自动派遣 / dispatched by rule: ([^；]*))?(?:；(.*))?$", Pattern.DOTALL);
    private static final Pattern RULE = Pattern.compile("^分拨规则 / dispatch rule (.*)$");
    private static final Pattern ON_ARRIVAL = Pattern.compile("^来件自动立案 / registered on arrival; (.+)$");
    private static final Pattern CATEGORY = Pattern.compile("^[A-Za-z0-9]+ \\S.*$");
    private static final Pattern UNKNOWN = Pattern.compile("未知事项 (\\S+)，待分拣");
    private static final Pattern REOPEN = Pattern.compile("^群众不满意 / citizen dissatisfied(?:：(.*))?$",
            Pattern.DOTALL);
    private static final Pattern RATE = Pattern.compile(
            "^(SATISFIED|BASICALLY_SATISFIED|DISSATISFIED|满意|基本满意|不满意)(?:：(.*))?$", Pattern.DOTALL);
    private static final Pattern MERGE = Pattern.compile("^并入 / merged into (\\S+)：(.*)$", Pattern.DOTALL);
    private static final Pattern ABSORBED = Pattern.compile("^合并重复案件 / absorbed duplicate (\\S+)$");
    private static final Pattern ATTACHMENT = Pattern.compile("^附件 / attachment: (.+)$");
    private static final Pattern SUPERVISE = Pattern.compile("^第 (\\d+) 次督办（(\\w+)）(?:，无上一级可升级 / no level "
            + "above|，升级至 (.+?) / escalated to .+?)；已通知 / notified: ([^；]*)(?:；(.*))?$", Pattern.DOTALL);
    private static final Pattern ESCALATED = Pattern.compile("（由 (.+?) 升级 / escalated from .+?）");

    private LegacyNotes() {
    }

    /** What an old line says beyond its step, in the reader's words as far as they can be recognised. */
    static String details(EventWords w, EventStep step, String note) {
        if (note == null || note.isBlank()) {
            return "";
        }
        String text = note.strip();
        Map<String, Object> p = new LinkedHashMap<>();
        String rest = switch (step) {
            case DISPATCH -> dispatch(w, text, p);
            case REGISTER -> register(text, p);
            case REPORT -> report(text, p);
            case REOPEN -> matched(REOPEN.matcher(text), m -> p.put("cause", "DISSATISFIED"), 1, text);
            case RATE -> rate(text, p);
            case MERGE -> matched(MERGE.matcher(text), m -> p.put("into", m.group(1)), 2, text);
            case NOTE -> note(text, p);
            case SUPERVISE -> supervise(text, p);
            default -> text;
        };
        List<String> parts = new ArrayList<>(HistoryDetails.parts(w, step, p));
        if (rest != null && !rest.isBlank()) {
            parts.add(half(w, rest.strip()));
        }
        return w.join(parts);
    }

    /** An old notice ("督办 SJ… 标题：…（由 X 升级 / escalated from X）"). */
    static String notice(EventWords w, String message) {
        if (message == null) {
            return "";
        }
        Matcher m = ESCALATED.matcher(message);
        String text = m.find() ? m.replaceAll(w.chinese() ? "（由 $1 升级）" : " (escalated from $1)") : message;
        if (!w.chinese() && text.startsWith("督办 ")) {
            text = "Supervision of " + text.substring(3);
        }
        return text;
    }

    /**
     * "中文 / English" → the reader's half; "中文 / English: value" keeps the value in both (a value has a digit or a
     * Chinese character: "再次报警 / alarm again: 水位 3.2 m"); any other text as it is.
     */
    static String half(EventWords w, String text) {
        int slash = text.indexOf(" / ");
        if (slash < 0 || text.indexOf(" / ", slash + 3) >= 0) {
            return text;
        }
        String zh = text.substring(0, slash).strip();
        String en = text.substring(slash + 3).strip();
        if (!w.chinese()) {
            return en;
        }
        int colon = en.indexOf(": ");
        String value = colon < 0 ? "" : en.substring(colon + 2).strip();
        return isValue(value) ? zh + "：" + value : zh;
    }

    private static boolean isValue(String text) {
        return text.codePoints().anyMatch(c -> Character.isDigit(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String dispatch(EventWords w, String text, Map<String, Object> p) {
        Matcher m = DISPATCH.matcher(text);
        if (!m.matches()) {
            return text;
        }
        p.put("lead", m.group(1));
        if (m.group(2) != null) {
            p.put("co", List.of(m.group(2).split("、")));
        }
        if (m.group(3) != null) {
            Matcher rule = RULE.matcher(m.group(3));
            String basis = rule.matches() ? (w.chinese() ? "分拨规则 " : "dispatch rule ") + rule.group(1)
                    : half(w, m.group(3));
            p.put("basis", Map.of("key", "as.written", "args", List.of(basis)));
        }
        return m.group(4);
    }

    private static String register(String text, Map<String, Object> p) {
        Matcher m = ON_ARRIVAL.matcher(text);
        if (m.matches()) {
            p.put("auto", true);
            p.put("category", m.group(1));
            return null;
        }
        int cut = text.lastIndexOf("; ");
        String category = cut < 0 ? text : text.substring(cut + 2);
        if (!CATEGORY.matcher(category).matches()) {
            return text;
        }
        p.put("category", category);
        return cut < 0 ? null : text.substring(0, cut);
    }

    private static String report(String text, Map<String, Object> p) {
        String rest = text;
        if (rest.contains("不在任何网格内，需人工定位 / outside every grid: place it by hand.")) {
            p.put("placement", "OUTSIDE_GRIDS");
            rest = rest.replace("不在任何网格内，需人工定位 / outside every grid: place it by hand.", "");
        }
        if (rest.contains("无坐标 / no coordinates.")) {
            p.put("placement", "NO_COORDINATES");
            rest = rest.replace("无坐标 / no coordinates.", "");
        }
        if (rest.contains("未分类，待分拣 / no category: waiting for triage.")) {
            p.put("noCategory", true);
            rest = rest.replace("未分类，待分拣 / no category: waiting for triage.", "");
        }
        Matcher m = UNKNOWN.matcher(rest);
        if (m.find() && rest.contains(" / unknown category: waiting for triage.")) {
            p.put("unknownCategory", m.group(1));
            rest = rest.replace(m.group(0) + " / unknown category: waiting for triage.", "");
        }
        return rest.strip();
    }

    private static String rate(String text, Map<String, Object> p) {
        Matcher m = RATE.matcher(text);
        if (!m.matches()) {
            return text;
        }
        p.put("rating", switch (m.group(1)) {
            case "满意" -> "SATISFIED";
            case "基本满意" -> "BASICALLY_SATISFIED";
            case "不满意" -> "DISSATISFIED";
            default -> m.group(1);
        });
        return m.group(2);
    }

    private static String note(String text, Map<String, Object> p) {
        Matcher absorbed = ABSORBED.matcher(text);
        if (absorbed.matches()) {
            p.put("absorbed", absorbed.group(1));
            return null;
        }
        Matcher attachment = ATTACHMENT.matcher(text);
        if (attachment.matches()) {
            p.put("attachment", attachment.group(1));
            return null;
        }
        return text;
    }

    private static String supervise(String text, Map<String, Object> p) {
        Matcher m = SUPERVISE.matcher(text);
        if (!m.matches()) {
            return text;
        }
        p.put("count", m.group(1));
        p.put("status", m.group(2));
        if (m.group(3) != null) {
            p.put("escalatedTo", m.group(3));
        }
        p.put("notified", List.of(m.group(4).split("、")));
        return m.group(5);
    }

    private static String matched(Matcher m, Consumer<Matcher> read, int restGroup,
                                  String text) {
        if (!m.matches()) {
            return text;
        }
        read.accept(m);
        return m.group(restGroup);
    }
}

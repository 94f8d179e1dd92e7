package org.gridcommand.service.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.domain.event.Satisfaction;
import org.gridcommand.domain.event.TimeLimitStatus;

/** The parameters of one history line in words, step by step (what {@link EventWords#details} shows). */
final class HistoryDetails {
    private HistoryDetails() {
    }

    static List<String> parts(EventWords w, EventStep step, Map<String, Object> p) {
        List<String> parts = new ArrayList<>();
        switch (step) {
            case REPORT -> {
                if ("OUTSIDE_GRIDS".equals(p.get("placement"))) {
                    parts.add(w.get("line.outsideGrids"));
                } else if ("NO_COORDINATES".equals(p.get("placement"))) {
                    parts.add(w.get("line.noCoordinates"));
                }
                if (p.get("unknownCategory") != null) {
                    parts.add(w.get("line.unknownCategory", text(p.get("unknownCategory"))));
                } else if (Boolean.TRUE.equals(p.get("noCategory"))) {
                    parts.add(w.get("line.noCategory"));
                }
            }
            case REGISTER -> {
                if (p.get("category") != null) {
                    parts.add(w.get(Boolean.TRUE.equals(p.get("auto")) ? "line.registeredOnArrival"
                            : "line.registeredAs", text(p.get("category"))));
                }
            }
            case DISPATCH -> {
                if (p.get("lead") != null) {
                    parts.add(w.get("line.lead", text(p.get("lead"))));
                }
                if (p.get("co") instanceof List<?> co) {
                    parts.add(w.get("line.co", w.word(co)));
                }
                Phrase basis = StepParams.phrase(p.get("basis"));
                if (basis != null) {
                    parts.add(w.get("line.byRule", w.say(basis)));
                }
                Phrase why = StepParams.phrase(p.get("why"));
                if (why != null) {
                    parts.add(w.say(why));
                }
            }
            case RETURN -> {
                if (p.get("unit") != null) {
                    parts.add(w.get("line.returnedBy", text(p.get("unit"))));
                }
            }
            case FEEDBACK, VERIFY -> {
                if (p.get("photos") instanceof List<?> photos) {
                    parts.add(w.get("line.photos", w.word(photos)));
                }
            }
            case REOPEN -> {
                if ("DISSATISFIED".equals(p.get("cause"))) {
                    parts.add(w.get("line.reopenDissatisfied"));
                }
                if (Boolean.TRUE.equals(p.get("limitRestarted"))) {
                    parts.add(w.get("line.reopenTimeLimit"));
                }
            }
            case MERGE -> {
                if (p.get("into") != null) {
                    parts.add(w.get("line.mergedInto", text(p.get("into"))));
                }
            }
            case SUPERVISE -> supervision(w, p, parts);
            case RATE -> {
                Satisfaction rating = rating(p.get("rating"));
                if (rating != null) {
                    parts.add(w.get("line.rating", w.rating(rating)));
                }
            }
            case VISIT_FAILED -> {
                parts.add(w.get("line.visitTry", text(p.get("try")), text(p.get("of"))));
                if (Boolean.TRUE.equals(p.get("unreachable"))) {
                    parts.add(w.get("line.unreachable"));
                }
            }
            case NOTE -> {
                if (p.get("absorbed") != null) {
                    parts.add(w.get("line.absorbed", text(p.get("absorbed"))));
                }
                if (p.get("attachment") != null) {
                    parts.add(w.get("line.attachment", text(p.get("attachment"))));
                }
            }
            default -> { }
        }
        // what the system said on any step, as a phrase (a repeated sensor alarm, why a ticket has no position)
        Phrase said = StepParams.phrase(p.get("said"));
        if (said != null) {
            parts.add(w.say(said));
        }
        return parts;
    }

    private static void supervision(EventWords w, Map<String, Object> p, List<String> parts) {
        TimeLimitStatus status = p.get("status") instanceof String s ? parse(TimeLimitStatus.class, s) : null;
        parts.add(w.get("line.supervision", text(p.get("count")), status == null ? "" : w.word(status)));
        if (p.get("escalatedTo") != null) {
            parts.add(w.get("line.escalatedTo", text(p.get("escalatedTo"))));
        }
        if (p.get("notified") instanceof List<?> told) {
            if (p.get("escalatedTo") == null) {
                parts.add(w.get("line.noLevelAbove"));
            }
            parts.add(w.get("line.notified", w.word(told)));
        }
    }

    static Satisfaction rating(Object stored) {
        return stored instanceof String s ? parse(Satisfaction.class, s) : null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(Object value) {
        return EventWords.text(value);
    }
}

package org.gridcommand.service.emergency;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gridcommand.domain.emergency.Activation;
import org.gridcommand.domain.emergency.AreaKind;
import org.gridcommand.domain.plan.EmergencyType;
import org.gridcommand.domain.plan.ResponseLevel;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes one OASIS CAP 1.2 alert for an activation, elements in the schema's order. Pure: the caller decides the
 * message type, identifier and sent time.
 */
final class CapAlert {
    static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";
    /** CAP forbids "Z": the offset is always written as ±hh:mm. */
    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    /** Alert (first), Update (later exports while active), Cancel (after stand-down). */
    enum MessageType { Alert, Update, Cancel }

    private CapAlert() {
    }

    static String time(Instant at, ZoneId zone) {
        return CAP_TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    static String write(Activation a, String sender, String identifier, Instant sent, ZoneId zone,
                        MessageType type, String references) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("alert");
            x.writeDefaultNamespace(NS);
            element(x, 1, "identifier", identifier);
            element(x, 1, "sender", sender);
            element(x, 1, "sent", time(sent, zone));
            element(x, 1, "status", a.isDrill() ? "Exercise" : "Actual");
            element(x, 1, "msgType", type.name());
            element(x, 1, "scope", "Public");
            if (a.isDrill()) {
                element(x, 1, "note", "演练信息，非真实预警");
            }
            if (references != null) {
                element(x, 1, "references", references);
            }
            indent(x, 1);
            x.writeStartElement("info");
            element(x, 2, "language", "zh-CN");
            element(x, 2, "category", category(a.getEmergencyType()));
            element(x, 2, "event", a.getPlanName());
            element(x, 2, "responseType", type == MessageType.Cancel ? "AllClear" : response(a.getEmergencyType()));
            element(x, 2, "urgency", type == MessageType.Cancel ? "Past" : urgency(a.getLevel()));
            element(x, 2, "severity", type == MessageType.Cancel ? "Minor" : severity(a.getLevel()));
            element(x, 2, "certainty", type == MessageType.Cancel ? "Observed" : certainty(a.getLevel()));
            element(x, 2, "effective", time(a.getActivatedAt(), zone));
            element(x, 2, "senderName", "网格化管理指挥中心");
            element(x, 2, "headline", headline(a, type));
            element(x, 2, "description", description(a, zone));
            element(x, 2, "instruction", type == MessageType.Cancel ? "应急响应已终止，请恢复正常生产生活秩序。"
                    : instruction(a.getEmergencyType()));
            indent(x, 2);
            x.writeStartElement("area");
            element(x, 3, "areaDesc", a.getAreaDescription());
            if (a.getAreaKind() == AreaKind.CIRCLE && a.getRadiusMeters() != null) {
                element(x, 3, "circle", String.format(Locale.ROOT, "%.6f,%.6f %.3f", a.getCentre().getY(),
                        a.getCentre().getX(), a.getRadiusMeters() / 1000));
            } else {
                for (String polygon : polygons(a.getAreaShape())) {
                    element(x, 3, "polygon", polygon);
                }
            }
            indent(x, 2);
            x.writeEndElement();
            indent(x, 1);
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the CAP alert: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Each polygon's outer ring as CAP wants it: "lat,lon" pairs, closed (first = last). */
    static List<String> polygons(Geometry shape) {
        List<String> out = new ArrayList<>();
        if (shape == null) {
            return out;
        }
        for (int i = 0; i < shape.getNumGeometries(); i++) {
            if (shape.getGeometryN(i) instanceof Polygon p) {
                Coordinate[] ring = p.getExteriorRing().getCoordinates();
                StringBuilder sb = new StringBuilder();
                for (Coordinate c : ring) {
                    sb.append(sb.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.6f,%.6f", c.y, c.x));
                }
                if (!ring[0].equals2D(ring[ring.length - 1])) {
                    sb.append(String.format(Locale.ROOT, " %.6f,%.6f", ring[0].y, ring[0].x));
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    static String category(EmergencyType type) {
        return switch (type) {
            case FLOOD, WATERLOGGING, TYPHOON -> "Met";
            case FIRE -> "Fire";
            case GAS_LEAK, MASS_GATHERING -> "Safety";
            case HAZARDOUS_CHEMICALS -> "CBRNE";
            case BUILDING_COLLAPSE -> "Rescue";
            case EPIDEMIC -> "Health";
            case GEOLOGICAL -> "Geo";
            case TRAFFIC_ACCIDENT -> "Transport";
        };
    }

    private static String response(EmergencyType type) {
        return switch (type) {
            case FLOOD, WATERLOGGING, GAS_LEAK, HAZARDOUS_CHEMICALS, BUILDING_COLLAPSE, GEOLOGICAL -> "Evacuate";
            case FIRE, TYPHOON -> "Shelter";
            case EPIDEMIC, MASS_GATHERING, TRAFFIC_ACCIDENT -> "Avoid";
        };
    }

    static String urgency(ResponseLevel level) {
        return level.ordinal() <= 1 ? "Immediate" : "Expected";
    }

    static String severity(ResponseLevel level) {
        return switch (level) {
            case I -> "Extreme";
            case II -> "Severe";
            case III -> "Moderate";
            case IV -> "Minor";
        };
    }

    static String certainty(ResponseLevel level) {
        return level.ordinal() <= 1 ? "Observed" : "Likely";
    }

    private static String headline(Activation a, MessageType type) {
        String levelName = switch (a.getLevel()) {
            case I -> "Ⅰ级（特别重大）";
            case II -> "Ⅱ级（重大）";
            case III -> "Ⅲ级（较大）";
            case IV -> "Ⅳ级（一般）";
        };
        return (a.isDrill() ? "【演练】" : "") + a.getPlanName() + (type == MessageType.Cancel ? "应急响应终止"
                : "启动" + levelName + "应急响应");
    }

    private static String description(Activation a, ZoneId zone) {
        String text = a.getPlanName() + "（第" + a.getPlanRevision() + "版）于 "
                + DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").format(a.getActivatedAt().atZone(zone))
                + " 启动 " + a.getLevel() + " 级响应，影响范围：" + a.getAreaDescription() + "。";
        return a.getStoodDownAt() == null ? text : text + "已于 "
                + DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").format(a.getStoodDownAt().atZone(zone))
                + " 终止响应。";
    }

    private static String instruction(EmergencyType type) {
        return switch (type) {
            case FLOOD, WATERLOGGING, TYPHOON -> "请低洼地区居民及时转移，远离河道、下穿通道和地下空间，听从网格员和现场人员指挥。";
            case FIRE -> "请远离火场，关闭门窗，按疏散指示撤离。";
            case GAS_LEAK, HAZARDOUS_CHEMICALS -> "请勿使用明火和电器开关，向上风方向撤离，听从现场指挥。";
            default -> "请关注官方发布的信息，听从现场人员指挥。";
        };
    }

    private static void element(XMLStreamWriter x, int depth, String name, String text) throws XMLStreamException {
        indent(x, depth);
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void indent(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }
}

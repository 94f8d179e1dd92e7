package org.gridcommand.service.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gridcommand.domain.emergency.AffectedArea;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.resources.ResourceService;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The public warning leaves as a valid CAP 1.2 alert: Alert, then Update, then Cancel; Exercise for drills. */
class CapExportTest {
    static final List<String> ALERT_ORDER = List.of("identifier", "sender", "sent", "status", "msgType", "source",
            "scope", "restriction", "addresses", "code", "note", "references", "incidents", "info");
    static final List<String> INFO_ORDER = List.of("language", "category", "event", "responseType", "urgency",
            "severity", "certainty", "audience", "eventCode", "effective", "onset", "expires", "senderName",
            "headline", "description", "instruction", "web", "contact", "parameter", "resource", "area");

    @TempDir
    Path dir;
    private Database db;
    private ActivationService activations;
    private CapExporter cap;
    private FloodScenario town;

    @BeforeEach
    void open() {
        db = Database.open(TestDatabases.h2(dir));
        town = FloodScenario.create(db);
        FloodScenario.TestClock clock = new FloodScenario.TestClock();
        activations = new ActivationService(db, clock, new ResourceService(db, clock));
        cap = new CapExporter(activations, clock, "gridcommand@binjiang.example");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_circle_activation_becomes_an_alert_then_an_update_then_a_cancel() throws Exception {
        long id = Commits.asProposed(activations, activations.propose(town.planId, ResponseLevel.I,
                new AffectedArea.Circle(FloodScenario.LON, FloodScenario.LAT, 2000)), Adjustments.none(), "指挥长");

        Element alert = parse(cap.export(id, "指挥长"));
        assertThat(alert.getNamespaceURI()).isEqualTo("urn:oasis:names:tc:emergency:cap:1.2");
        assertInOrder(alert, ALERT_ORDER);
        assertThat(text(alert, "status")).isEqualTo("Actual");
        assertThat(text(alert, "msgType")).isEqualTo("Alert");
        assertThat(text(alert, "scope")).isEqualTo("Public");
        assertThat(text(alert, "sent")).isEqualTo("2026-07-12T10:00:00+08:00");
        Element info = child(alert, "info");
        assertInOrder(info, INFO_ORDER);
        assertThat(text(info, "language")).isEqualTo("zh-CN");
        assertThat(text(info, "category")).isEqualTo("Met");
        assertThat(text(info, "urgency")).isEqualTo("Immediate");
        assertThat(text(info, "severity")).isEqualTo("Extreme");
        assertThat(text(info, "certainty")).isEqualTo("Observed");
        assertThat(text(info, "headline")).contains("滨江区防汛应急预案").contains("Ⅰ级");
        Element area = child(info, "area");
        assertThat(text(area, "areaDesc")).contains("半径 2000 米");
        assertThat(text(area, "circle")).isEqualTo("31.230000,121.470000 2.000");

        Element update = parse(cap.export(id, "指挥长"));
        assertThat(text(update, "msgType")).isEqualTo("Update");
        assertThat(text(update, "references")).isEqualTo("gridcommand@binjiang.example,GC-ACT-" + id
                + "-1,2026-07-12T10:00:00+08:00");
        new StandDown(activations, new EventService(db, new FloodScenario.TestClock()), new FloodScenario.TestClock())
                .standDown(id, StandDownOrder.releaseAll("响应终止"), "指挥长");
        Element cancel = parse(cap.export(id, "指挥长"));
        assertThat(text(cancel, "msgType")).isEqualTo("Cancel");
        assertThat(text(cancel, "identifier")).isEqualTo("GC-ACT-" + id + "-3");
    }

    @Test
    void a_drill_on_whole_grids_is_an_exercise_with_a_closed_polygon_in_lat_lon_order() throws Exception {
        Proposal p = activations.propose("FLOOD-01", ResponseLevel.III,
                new AffectedArea.Areas(activations.areaIdsByCode(List.of("G-RIVER-01")))).asDrill();
        long id = activations.commit(p, p.request(), Adjustments.none(), "导调员");

        Element alert = parse(cap.export(id, "导调员"));
        assertThat(text(alert, "status")).isEqualTo("Exercise");
        Element info = child(alert, "info");
        assertThat(text(info, "severity")).isEqualTo("Moderate");
        String polygon = text(child(info, "area"), "polygon");
        String[] pairs = polygon.split(" ");
        assertThat(pairs.length).isGreaterThanOrEqualTo(4);
        assertThat(pairs[0]).isEqualTo(pairs[pairs.length - 1]);
        double lat = Double.parseDouble(pairs[0].split(",")[0]);
        assertThat(lat).isBetween(31.0, 31.5); // latitude first
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return d.getDocumentElement();
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    /** Every child is a known element, in the schema's sequence order. */
    private static void assertInOrder(Element parent, List<String> order) {
        int last = -1;
        for (Element c : children(parent)) {
            int at = order.indexOf(c.getLocalName());
            assertThat(at).as(c.getLocalName() + " is a CAP element of " + parent.getLocalName()).isNotNegative();
            assertThat(at).as(c.getLocalName() + " in schema order").isGreaterThanOrEqualTo(last);
            assertThat(c.getNamespaceURI()).isEqualTo(CapAlert.NS);
            last = at;
        }
        for (String required : parent.getLocalName().equals("alert")
                ? List.of("identifier", "sender", "sent", "status", "msgType", "scope")
                : List.of("category", "event", "urgency", "severity", "certainty")) {
            assertThat(children(parent)).extracting(Element::getLocalName).contains(required);
        }
    }

    private static Element child(Element e, String name) {
        return children(e).stream().filter(c -> c.getLocalName().equals(name)).findFirst().orElseThrow();
    }

    private static String text(Element e, String name) {
        return child(e, name).getTextContent();
    }
}

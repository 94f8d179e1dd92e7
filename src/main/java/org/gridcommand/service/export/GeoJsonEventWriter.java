package org.gridcommand.service.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;

/** A GeoJSON FeatureCollection (RFC 7946, WGS84 lon/lat): one Point feature per event, its fields as properties. */
final class GeoJsonEventWriter implements EventWriter {
    private final JsonGenerator json;

    GeoJsonEventWriter(OutputStream out) throws IOException {
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void begin() throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeArrayFieldStart("features");
    }

    @Override
    public void write(ExportedEvent e) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeNumberField("id", e.id());
        if (e.lon() == null) {
            json.writeNullField("geometry");
        } else {
            json.writeObjectFieldStart("geometry");
            json.writeStringField("type", "Point");
            json.writeArrayFieldStart("coordinates");
            json.writeNumber(e.lon());
            json.writeNumber(e.lat());
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("number", e.number());
        json.writeStringField("title", e.title());
        json.writeStringField("description", e.description());
        json.writeStringField("channel", e.channel());
        json.writeStringField("external_id", e.externalId());
        json.writeStringField("state", e.state().name());
        json.writeStringField("urgency", e.urgency());
        json.writeStringField("category_code", e.categoryCode());
        json.writeStringField("category_name", e.categoryName());
        json.writeStringField("lead_unit", e.leadUnit());
        json.writeStringField("grid_code", e.gridCode());
        json.writeStringField("placement", e.placement());
        json.writeStringField("address", e.address());
        time("reported_at", e.reportedAt());
        time("handling_due_at", e.handlingDueAt());
        time("closed_at", e.closedAt());
        json.writeEndObject();
        json.writeEndObject();
    }

    private void time(String name, OffsetDateTime t) throws IOException {
        json.writeStringField(name, t == null ? null : t.toString());
    }

    @Override
    public void end() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }
}

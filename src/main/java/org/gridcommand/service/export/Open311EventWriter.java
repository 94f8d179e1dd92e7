package org.gridcommand.service.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import org.gridcommand.domain.event.EventState;

/**
 * Open311 GeoReport v2 service requests (the JSON form of GET requests.json): an array of objects with
 * service_request_id (the event number), status (open / closed: closed, merged and cancelled events are closed),
 * status_notes, service_name and service_code (the 事项), description, agency_responsible (the lead unit),
 * service_notice, requested_datetime, updated_datetime, expected_datetime (the handling deadline), address,
 * address_id, zipcode, lat, long, media_url. Times are W3C / ISO-8601 with an offset.
 */
final class Open311EventWriter implements EventWriter {
    private final JsonGenerator json;

    Open311EventWriter(OutputStream out) throws IOException {
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void begin() throws IOException {
        json.writeStartArray();
    }

    @Override
    public void write(ExportedEvent e) throws IOException {
        json.writeStartObject();
        json.writeStringField("service_request_id", e.number());
        json.writeStringField("status", e.state().isOpen() ? "open" : "closed");
        json.writeStringField("status_notes", e.state().chinese() + " / " + e.state().english()
                + (e.state() == EventState.MERGED ? " (duplicate)" : ""));
        json.writeStringField("service_name", e.categoryName());
        json.writeStringField("service_code", e.categoryCode());
        json.writeStringField("description", e.description() == null ? e.title() : e.description());
        json.writeStringField("agency_responsible", e.leadUnit());
        json.writeNullField("service_notice");
        time("requested_datetime", e.reportedAt());
        time("updated_datetime", e.updatedAt() == null ? e.reportedAt() : e.updatedAt());
        time("expected_datetime", e.handlingDueAt());
        json.writeStringField("address", e.address());
        json.writeNullField("address_id");
        json.writeNullField("zipcode");
        if (e.lat() == null) {
            json.writeNullField("lat");
            json.writeNullField("long");
        } else {
            json.writeNumberField("lat", e.lat());
            json.writeNumberField("long", e.lon());
        }
        json.writeNullField("media_url");
        json.writeEndObject();
    }

    private void time(String name, OffsetDateTime t) throws IOException {
        json.writeStringField(name, t == null ? null : t.toString());
    }

    @Override
    public void end() throws IOException {
        json.writeEndArray();
        json.flush();
    }
}

package org.gridcommand.service.map;

import java.time.Instant;
import java.util.List;
import org.gridcommand.domain.device.SensorKind;
import org.gridcommand.domain.device.SensorState;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.resource.StationKind;
import org.gridcommand.domain.resource.TeamStatus;

/**
 * Everything the map wall draws as points, read in one go: light records, not entities, so the whole city (about
 * 1,300 cameras, 400 sensors, thousands of open events, 700 resources, 500 grid stations and service centres, a
 * year of event positions) stays small.
 */
public record MapPoints(List<CameraPoint> cameras, List<SensorPoint> sensors, List<EventPin> events,
                        List<WarehousePoint> warehouses, List<TeamPoint> teams, List<ExpertPoint> experts,
                        List<StationPoint> stations, EventHistory history) {

    public MapPoints {
        cameras = List.copyOf(cameras);
        sensors = List.copyOf(sensors);
        events = List.copyOf(events);
        warehouses = List.copyOf(warehouses);
        teams = List.copyOf(teams);
        experts = List.copyOf(experts);
        stations = List.copyOf(stations);
    }

    public static MapPoints empty() {
        return new MapPoints(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                new EventHistory(new double[0], new double[0], new long[0]));
    }

    /** Every point shown, for counts in diagnostics. */
    public int size() {
        return cameras.size() + sensors.size() + events.size() + warehouses.size() + teams.size() + experts.size()
                + stations.size();
    }

    /** A camera; {@code streamUrl} may be null (no stream) or "demo:clip" (the bundled demo clip). */
    public record CameraPoint(long id, String code, String name, double lon, double lat, boolean online,
                              boolean aiEnabled, String streamUrl) {
    }

    /** A sensor and its latest reading ({@code lastValue} null before the first one). */
    public record SensorPoint(long id, String code, String name, SensorKind kind, double lon, double lat,
                              String unit, Double lastValue, Instant lastReadingAt, double warningThreshold,
                              double alarmThreshold, SensorState state) {
    }

    /**
     * An open event. The area ids (any may be null) let the map colour areas by their open events; the handling
     * limit (null until classified) drives the countdown badge. {@code wording} is what a title the system wrote
     * says (a plan's task), worded in the console's language by {@code EventWords.title}; null for a reporter's own.
     */
    public record EventPin(long id, String number, String title, EventState state, Urgency urgency, double lon,
                           double lat, String address, Instant reportedAt, Instant limitStartedAt,
                           Instant handlingDueAt, Long microGridId, Long gridId, Long communityId, Long streetId,
                           String wording) {
        /** A pin whose title is the reporter's own words. */
        public EventPin(long id, String number, String title, EventState state, Urgency urgency, double lon,
                        double lat, String address, Instant reportedAt, Instant limitStartedAt,
                        Instant handlingDueAt, Long microGridId, Long gridId, Long communityId, Long streetId) {
            this(id, number, title, state, urgency, lon, lat, address, reportedAt, limitStartedAt, handlingDueAt,
                    microGridId, gridId, communityId, streetId, null);
        }
    }

    /** A stock line of a warehouse (quantity and what is already reserved for an activation). */
    public record Stock(String itemName, int quantity, int reserved, String unit) {
    }

    public record WarehousePoint(long id, String code, String name, double lon, double lat, String address,
                                 String keeper, String phone, List<Stock> stock) {
        public WarehousePoint {
            stock = List.copyOf(stock);
        }
    }

    public record TeamPoint(long id, String code, String name, double lon, double lat, String skills, int headcount,
                            TeamStatus status, String leader, String phone) {
    }

    /** An expert shown at their base (organisation's location). */
    public record ExpertPoint(long id, String name, double lon, double lat, String field, String title,
                              String organization, String phone, boolean available) {
    }

    /**
     * A grid station or community service centre, with the name of the area it serves ({@code areaId} and
     * {@code areaName} null when it serves none on record).
     */
    public record StationPoint(long id, String code, String name, StationKind kind, double lon, double lat,
                               Long areaId, String areaName, String address, String phone, String openingHours,
                               int staffCount) {
    }

    /**
     * Where and when events were reported over the last year, open or closed, as parallel arrays (the heat map
     * counts tens of thousands of them per redraw).
     */
    public record EventHistory(double[] lon, double[] lat, long[] reportedAtEpochSecond) {
        /** No positions: the heat map's history before it was first asked for. */
        public static final EventHistory EMPTY = new EventHistory(new double[0], new double[0], new long[0]);

        public int size() {
            return lon.length;
        }
    }
}

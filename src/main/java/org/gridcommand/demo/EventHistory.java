package org.gridcommand.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.device.SensorKind;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.ReturnVisit;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.taxonomy.Difficulty;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.store.bulk.BulkTable;
import org.gridcommand.store.bulk.BulkWriter;
import org.gridcommand.store.event.HistoryBatch;
import org.gridcommand.store.event.HistoryLine;
import org.gridcommand.store.event.HistoryWriter;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;

/**
 * A year of event history before the clock: who reported what, where and when, and how each case went. Events
 * come in by day and hour like a real hotline (busy mornings and afternoons, quiet nights, more in summer),
 * through five channels, at points inside micro-grids weighted by households.
 */
final class EventHistory {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final double[] HOUR_WEIGHT = {1, 0.7, 0.5, 0.5, 0.6, 1, 2, 4, 8, 9, 9, 8, 6, 6, 8, 9, 9, 8, 6, 5,
        4, 3, 2, 1.5};
    private static final String[] CITIZENS = {"先生", "女士"};

    private final SplittableRandom random;
    private final LongSupplier ids;
    private final Instant now;
    private final AreaHierarchy areas;
    private final UnitRoster units;
    private final Taxonomy taxonomy;
    private final Devices devices;
    private final PersonNames people;
    private final EventLifecycle lifecycle;
    private final double[] microGridWeight;
    private final List<String> roadNames;
    private List<String> optionalEventColumns = List.of();

    EventHistory(SplittableRandom random, LongSupplier ids, Instant now, AreaHierarchy areas, UnitRoster units,
                 Taxonomy taxonomy, Devices devices) {
        this.random = random;
        this.ids = ids;
        this.now = now;
        this.areas = areas;
        this.units = units;
        this.taxonomy = taxonomy;
        this.devices = devices;
        this.people = new PersonNames(random);
        this.lifecycle = new EventLifecycle(random, now);
        this.microGridWeight = cumulative(areas.microGrids.stream().mapToDouble(m -> {
            Coordinate c = m.boundary.getInteriorPoint().getCoordinate();
            return m.households * (0.3 + CityOutline.density(c.x, c.y));
        }).toArray());
        this.roadNames = new ArrayList<>(PlaceNames.ROADS_EAST_WEST);
        roadNames.addAll(PlaceNames.ROADS_NORTH_SOUTH);
    }

    void write(BulkWriter writer, int count, DemoProgress progress, double fromFraction, double toFraction) {
        List<String> eventColumns = new ArrayList<>(List.of("id", "number", "title", "description", "channel",
                "external_id", "category_id", "state", "urgency", "location", "address", "micro_grid_id", "grid_id",
                "community_id", "street_id", "lead_unit_id", "reporter", "reported_at", "response_due_at",
                "handling_due_at", "closed_at", "satisfaction", "supervision_count"));
        // columns the closed-loop migration adds: filled when the database has them
        optionalEventColumns = Stream.of("placement", "limit_started_at", "merged_into_id", "return_visit")
                .filter(c -> writer.hasColumn("event", c)).toList();
        eventColumns.addAll(optionalEventColumns);
        BulkTable events = writer.table("event", Set.of("location"), eventColumns.toArray(String[]::new));
        HistoryBatch transitions = HistoryWriter.batch(writer, events, ids);
        long[] reported = reportTimes(count);
        LocalDate day = null;
        int numberInDay = 0;
        for (int i = 0; i < count; i++) {
            Instant at = Instant.ofEpochSecond(reported[i]);
            LocalDate today = at.atZone(WorkingHours.BEIJING).toLocalDate();
            numberInDay = today.equals(day) ? numberInDay + 1 : 1;
            day = today;
            String number = "MH" + DAY.format(today) + String.format("%05d", numberInDay);
            writeOne(events, transitions, number, at);
            if (i % 5000 == 0) {
                progress.update("生成事件历史 / generating event history", fromFraction
                        + (toFraction - fromFraction) * i / count);
            }
        }
    }

    /** The latest event in a grid: a second report of the same problem soon after is merged into it. */
    private record Reported(String number, long id, Instant at, Taxonomy.Item item, DemoArea microGrid,
                            Coordinate where) {
    }

    private final Map<Long, Reported> latestInGrid = new HashMap<>();

    private void writeOne(BulkTable events, HistoryBatch transitions, String number, Instant reportedAt) {
        Channel channel = channel();
        Devices.Source source = null;
        Taxonomy.Item item = null;
        if (channel == Channel.SENSOR) {
            SensorKind kind = SensorKind.values()[random.nextInt(SensorKind.values().length)];
            List<Devices.Source> ofKind = devices.sensors.getOrDefault(kind, List.of());
            item = pickItem("iot:" + kind.name());
            source = ofKind.isEmpty() || item == null ? null : ofKind.get(random.nextInt(ofKind.size()));
        } else if (channel == Channel.AI_CAMERA && !devices.aiCameras.isEmpty()) {
            source = devices.aiCameras.get(random.nextInt(devices.aiCameras.size()));
            item = pickItem("ai");
        }
        DemoArea micro;
        Coordinate where;
        if (source != null) {
            micro = source.microGrid();
            where = source.at();
        } else {
            // no device of that kind in this (small) city: a grid worker reports it instead
            channel = channel == Channel.SENSOR || channel == Channel.AI_CAMERA ? Channel.GRID_WORKER : channel;
            micro = areas.microGrids.get(pickIndex(microGridWeight));
            where = pointIn(micro);
            item = pickItem(null);
        }
        Reported earlier = latestInGrid.get(micro.at(AreaLevel.GRID).id);
        boolean duplicate = earlier != null && source == null && random.nextDouble() < 0.05
                && Duration.between(earlier.at(), reportedAt).toHours() < 72;
        if (duplicate) {
            // a second report of a problem already reported nearby: same item, a few metres away
            item = earlier.item();
            micro = earlier.microGrid();
            where = earlier.where();
        }
        DemoArea grid = micro.at(AreaLevel.GRID);
        DemoArea community = micro.at(AreaLevel.COMMUNITY);
        DemoArea street = micro.at(AreaLevel.STREET);
        String officer = units.dutyOfficers.get((int) ((reportedAt.getEpochSecond() / 28_800) % units.dutyOfficers
                .size()));
        String worker = units.gridWorker.get(grid.id);
        String reporter = switch (channel) {
            case GRID_WORKER -> worker;
            case HOTLINE -> people.next().charAt(0) + CITIZENS[random.nextInt(2)];
            case SENSOR, AI_CAMERA -> source.code();
            case DUTY_OFFICER -> officer;
        };
        String road = roadNames.get((int) (micro.id % roadNames.size()));
        String address = PlaceNames.DISTRICT + street.name + community.name + road + (1 + random.nextInt(400)) + "号附近";
        String description = describe(channel, item, address, source);
        Instant responseDue = reportedAt.plusSeconds(60L * item.responseMinutes());
        Instant handlingDue = item.workingHours() ? WorkingHours.plus(reportedAt, item.handlingMinutes())
                : reportedAt.plusSeconds(60L * item.handlingMinutes());
        UnitRoster.DemoUnit right = leadUnit(item, street, community);
        UnitRoster.DemoUnit wrong = item.difficulty() == Difficulty.SMALL ? units.streetLead.get(street.id)
                : units.communityCommittee.get(community.id);

        long eventId = ids.getAsLong();
        EventPath path = new EventPath(reportedAt, reporter, description, now);
        EventLifecycle.Outcome outcome = lifecycle.unfold(new EventLifecycle.Case(item, reportedAt, handlingDue,
                officer, worker, right, wrong, duplicate ? earlier.number() : null, duplicate ? earlier.id() : null,
                channel == Channel.HOTLINE, ReturnVisit.dueFor(channel)), path);
        if (!duplicate) {
            latestInGrid.put(grid.id, new Reported(number, eventId, reportedAt, item, micro, where));
        }
        String external = switch (channel) {
            case HOTLINE -> "12345-" + number.substring(2);
            case SENSOR, AI_CAMERA -> source.code() + "@" + reportedAt.getEpochSecond();
            default -> null;
        };
        List<Object> row = new ArrayList<>(Arrays.asList(eventId, number, community.name + " " + item.name(),
                description, channel, external, item.id(), outcome.state(), urgency(item),
                Wgs84.point(where.x, where.y), address, micro.id, grid.id, community.id, street.id,
                outcome.lead().id(), reporter, reportedAt, responseDue, handlingDue, outcome.closedAt(),
                outcome.satisfaction(), path.supervisions()));
        for (String optional : optionalEventColumns) {
            row.add(switch (optional) {
                case "placement" -> "IN_GRID";
                case "limit_started_at" -> reportedAt;
                case "return_visit" -> outcome.returnVisit();
                default -> outcome.mergedIntoId();
            });
        }
        events.insert(row.toArray());
        for (EventPath.Step s : path.steps) {
            transitions.add(new HistoryLine(eventId, s.at(), s.actor(), s.action(), s.from(), s.to(), s.note(),
                    s.unitId(), s.params()));
        }
    }

    private UnitRoster.DemoUnit leadUnit(Taxonomy.Item item, DemoArea street, DemoArea community) {
        return switch (item.difficulty()) {
            case HARD -> units.departments.getOrDefault(item.unitCode(), units.departments.get("CGJ"));
            case BIG -> units.streetLead.get(street.id);
            case SMALL -> units.communityCommittee.get(community.id);
        };
    }

    private static String describe(Channel channel, Taxonomy.Item item, String address, Devices.Source source) {
        return switch (channel) {
            case GRID_WORKER -> "网格员巡查发现：" + address + "存在" + item.name() + "问题，已拍照上报。";
            case HOTLINE -> "市民来电反映：" + address + "有" + item.name() + "情况，影响周边居民，请尽快处理。";
            case SENSOR -> "物联感知告警：" + source.name() + "读数越限，疑似" + item.name() + "，位置" + address + "。";
            case AI_CAMERA -> "AI视频识别：" + source.name() + "识别到" + item.name() + "，置信度较高，请核实。";
            case DUTY_OFFICER -> "值班员录入：" + address + item.name() + "。";
        };
    }

    private Urgency urgency(Taxonomy.Item item) {
        double r = random.nextDouble();
        if (item.tagged("urgent")) {
            return r < 0.15 ? Urgency.CRITICAL : r < 0.65 ? Urgency.URGENT : Urgency.NORMAL;
        }
        return r < 0.05 ? Urgency.URGENT : Urgency.NORMAL;
    }

    private Channel channel() {
        double r = random.nextDouble();
        return r < 0.46 ? Channel.GRID_WORKER : r < 0.76 ? Channel.HOTLINE : r < 0.81 ? Channel.SENSOR
                : r < 0.93 ? Channel.AI_CAMERA : Channel.DUTY_OFFICER;
    }

    /** An item by how common it is, among those with {@code tag} (all when null); null when none has the tag. */
    private Taxonomy.Item pickItem(String tag) {
        List<Taxonomy.Item> from = tag == null ? taxonomy.items
                : taxonomy.items.stream().filter(i -> i.tagged(tag)).toList();
        if (from.isEmpty()) {
            return null;
        }
        int total = from.stream().mapToInt(Taxonomy.Item::weight).sum();
        int r = random.nextInt(total);
        for (Taxonomy.Item i : from) {
            r -= i.weight();
            if (r < 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    /** Report times spread over the 365 days before now: more by day than by night, more in summer. */
    private long[] reportTimes(int count) {
        double[] hours = cumulative(HOUR_WEIGHT);
        long start = now.minus(Duration.ofDays(365)).getEpochSecond();
        long[] times = new long[count];
        for (int i = 0; i < count; ) {
            int dayIndex = random.nextInt(365);
            double season = 1 + 0.3 * Math.sin(2 * Math.PI * (dayIndex - 120) / 365.0);
            if (random.nextDouble() * 1.3 > season) {
                continue;
            }
            long t = start + dayIndex * 86_400L + pickIndex(hours) * 3_600L + random.nextInt(3_600);
            if (t < now.getEpochSecond()) {
                times[i++] = t;
            }
        }
        Arrays.sort(times);
        return times;
    }

    private Coordinate pointIn(DemoArea micro) {
        Envelope e = micro.boundary.getEnvelopeInternal();
        Coordinate[] ring = micro.boundary.getExteriorRing().getCoordinates();
        while (true) {
            Coordinate c = new Coordinate(e.getMinX() + random.nextDouble() * e.getWidth(),
                    e.getMinY() + random.nextDouble() * e.getHeight());
            if (RayCrossingCounter.locatePointInRing(c, ring) == Location.INTERIOR) {
                return c;
            }
        }
    }

    private int pickIndex(double[] cumulative) {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, r);
        return Math.min(cumulative.length - 1, i >= 0 ? i + 1 : -i - 1);
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }
}

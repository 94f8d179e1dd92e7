package org.gridcommand.service.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.FeatureProblem;
import org.gridcommand.geo.PolygonCheck;
import org.gridcommand.geo.Reprojection;
import org.gridcommand.geo.crs.CoordinateSystems;
import org.gridcommand.geo.crs.PrjCrs;
import org.gridcommand.geo.crs.SourceCrs;
import org.gridcommand.geo.io.FeatureFileException;
import org.gridcommand.geo.io.GeoJsonFeatures;
import org.gridcommand.geo.io.Shapefile;
import org.gridcommand.geo.io.SourceFeature;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.imports.GridImportReport.Kind;
import org.gridcommand.service.imports.GridImportReport.Note;
import org.gridcommand.store.Database;
import org.hibernate.Session;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Imports administrative boundaries (GeoJSON or Shapefile) at one level of the hierarchy: converts them to WGS84,
 * repairs or rejects invalid polygons, finds each one's parent, and writes all of them in one transaction.
 * A re-import of the same file updates the areas in place (matched by code) and creates nothing twice.
 */
public final class GridImportService {
    private final Database db;
    private final Permissions permissions;

    /** For system callers ({@link Permissions#system()}): generated cities, tests. */
    public GridImportService(Database db) {
        this(db, Permissions.system());
    }

    /** Imports checked against {@code permissions} (administrator). */
    public GridImportService(Database db, Permissions permissions) {
        this.db = db;
        this.permissions = permissions;
    }

    /**
     * Imports {@code file}.
     *
     * @throws FeatureFileException     when the file as a whole cannot be read (nothing is written)
     * @throws IllegalArgumentException when the options are wrong (unknown crs, missing level)
     */
    public GridImportReport importFile(Path file, GridImportOptions options) {
        permissions.require(UseCase.IMPORT, null);
        if (options.level() == null || options.level() == AreaLevel.DISTRICT && options.parentField() != null) {
            throw new IllegalArgumentException("Give the level of the features: STREET, COMMUNITY, GRID or MICRO_GRID "
                    + "(or DISTRICT without a parent field).");
        }
        if (!Files.isRegularFile(file)) {
            throw new FeatureFileException(FeatureProblem.of("no-file", file));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<SourceFeature> features;
        SourceCrs crs;
        if (name.endsWith(".shp")) {
            Shapefile.Result r = Shapefile.read(file, options.encoding());
            features = r.features();
            crs = options.crs() != null ? CoordinateSystems.parse(options.crs())
                    : r.prjWkt() != null ? PrjCrs.parse(r.prjWkt()) : CoordinateSystems.WGS84;
        } else if (name.endsWith(".geojson") || name.endsWith(".json")) {
            GeoJsonFeatures.Result r = GeoJsonFeatures.read(file);
            features = r.features();
            crs = CoordinateSystems.parse(options.crs() != null ? options.crs() : r.declaredCrs());
        } else {
            throw new FeatureFileException(FeatureProblem.of("not-supported", file.getFileName()));
        }
        List<Candidate> candidates = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        prepare(features, options, crs, candidates, notes);
        int[] counts = db.transact(session -> write(session, candidates, options, notes));
        int repaired = (int) candidates.stream().filter(c -> c.outcome == PolygonCheck.Outcome.REPAIRED).count();
        int rejected = (int) notes.stream().filter(n -> n.kind() == Kind.REJECTED).count();
        return new GridImportReport(features.size(), counts[0], counts[1], repaired, rejected, crs.name(),
                List.copyOf(notes));
    }

    /** A feature that passed the checks that need no database. */
    private static final class Candidate {
        final SourceFeature feature;
        final String code;
        final String name;
        final String parentCode;
        final Geometry boundary;
        final PolygonCheck.Outcome outcome;

        Candidate(SourceFeature feature, String code, String name, String parentCode, Geometry boundary,
                  PolygonCheck.Outcome outcome) {
            this.feature = feature;
            this.code = code;
            this.name = name;
            this.parentCode = parentCode;
            this.boundary = boundary;
            this.outcome = outcome;
        }
    }

    private static void prepare(List<SourceFeature> features, GridImportOptions o, SourceCrs crs,
                                List<Candidate> out, List<Note> notes) {
        Map<String, String> seen = new HashMap<>();
        for (SourceFeature f : features) {
            String code = f.text(o.codeField());
            if (f.problem() != null) {
                notes.add(new Note(f.id(), code, Kind.REJECTED, f.problem()));
                continue;
            }
            if (code == null) {
                notes.add(new Note(f.id(), null, Kind.REJECTED, FeatureProblem.of("no-code", o.codeField(),
                        String.join(", ", f.properties().keySet()))));
                continue;
            }
            if (seen.containsKey(code)) {
                notes.add(new Note(f.id(), code, Kind.REJECTED, FeatureProblem.of("duplicate-code", code,
                        seen.get(code))));
                continue;
            }
            Geometry wgs;
            try {
                wgs = Reprojection.toWgs84(f.geometry(), crs);
            } catch (IllegalArgumentException e) {
                notes.add(new Note(f.id(), code, Kind.REJECTED, FeatureProblem.of("not-convertible", crs.name())));
                continue;
            }
            PolygonCheck.Result checked = PolygonCheck.check(wgs);
            if (checked.outcome() == PolygonCheck.Outcome.REJECTED) {
                notes.add(new Note(f.id(), code, Kind.REJECTED, checked.reason()));
                continue;
            }
            if (checked.outcome() == PolygonCheck.Outcome.REPAIRED) {
                notes.add(new Note(f.id(), code, Kind.REPAIRED, checked.reason()));
            }
            seen.put(code, f.id());
            String name = o.nameField() == null ? null : f.text(o.nameField());
            String parent = o.parentField() == null ? null : f.text(o.parentField());
            out.add(new Candidate(f, code, name != null ? name : code, parent, checked.geometry(), checked.outcome()));
        }
    }

    private int[] write(Session s, List<Candidate> candidates, GridImportOptions o, List<Note> notes) {
        AreaLevel parentLevel = o.level().parent();
        long parentsAvailable = parentLevel == null ? 0 : s.createSelectionQuery(
                "select count(a) from Area a where a.level = :l", Long.class).setParameter("l", parentLevel)
                .getSingleResult();
        int created = 0;
        int updated = 0;
        for (Candidate c : candidates) {
            Long parentId = null;
            if (parentLevel != null && (c.parentCode != null || parentsAvailable > 0)) {
                Area parent = c.parentCode != null ? byCode(s, c.parentCode) : containing(s, parentLevel, c.boundary);
                if (c.parentCode != null && (parent == null || parent.getLevel() != parentLevel)) {
                    notes.add(new Note(c.feature.id(), c.code, Kind.REJECTED, FeatureProblem.of("unknown-parent",
                            c.parentCode, level(parentLevel))));
                    continue;
                }
                if (parent == null) {
                    notes.add(new Note(c.feature.id(), c.code, Kind.WARNING, FeatureProblem.of("outside-parent",
                            level(parentLevel))));
                } else {
                    parentId = parent.getId();
                }
            }
            Area existing = byCode(s, c.code);
            if (existing != null && existing.getLevel() != o.level()) {
                notes.add(new Note(c.feature.id(), c.code, Kind.REJECTED, FeatureProblem.of("code-of-other-level",
                        c.code, level(existing.getLevel()), existing.getName())));
                continue;
            }
            if (existing != null) {
                existing.rename(c.name);
                existing.reshape(c.boundary);
                existing.moveUnder(parentId);
                updated++;
            } else {
                s.persist(new Area(db.ids().next(), o.level(), c.code, c.name, parentId, 0, c.boundary));
                created++;
            }
        }
        return new int[] {created, updated};
    }

    private static Area byCode(Session s, String code) {
        return s.createSelectionQuery("from Area a where a.code = :c", Area.class).setParameter("c", code)
                .uniqueResult();
    }

    private static Area containing(Session s, AreaLevel level, Geometry boundary) {
        Point inside = boundary.getInteriorPoint();
        return s.createSelectionQuery("from Area a where a.level = :l and st_contains(a.boundary, :p) = true",
                Area.class).setParameter("l", level).setParameter("p", inside).setMaxResults(1).uniqueResult();
    }

    /** A level of the hierarchy as a word of the problem's sentence. */
    private static FeatureProblem level(AreaLevel level) {
        return FeatureProblem.of("level." + level.name());
    }
}

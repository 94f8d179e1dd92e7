package org.gridcommand.geo.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.geo.FeatureProblem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads a GeoJSON FeatureCollection (or a single Feature). A feature whose geometry cannot be parsed is returned
 * with a problem instead of failing the file. The legacy {@code crs} member, if present, is reported by
 * {@link Result#declaredCrs()} (e.g. "EPSG:4490"); RFC 7946 files without it are WGS84.
 */
public final class GeoJsonFeatures {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What the file holds. */
    public record Result(List<SourceFeature> features, String declaredCrs) {
    }

    private GeoJsonFeatures() {
    }

    public static Result read(Path file) {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new FeatureFileException(FeatureProblem.of("not-json", file.getFileName(),
                    e.getLocation().getLineNr(), e.getLocation().getColumnNr(), e.getOriginalMessage()));
        } catch (IOException e) {
            throw new FeatureFileException(FeatureProblem.of("unreadable-file", file, e.getMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new FeatureFileException(FeatureProblem.of("not-geojson", file.getFileName()));
        }
        String type = root.path("type").asText("");
        List<JsonNode> nodes = new ArrayList<>();
        if ("FeatureCollection".equals(type)) {
            root.path("features").forEach(nodes::add);
        } else if ("Feature".equals(type)) {
            nodes.add(root);
        } else {
            throw new FeatureFileException(FeatureProblem.of("not-feature-collection", file.getFileName(), type));
        }
        GeoJsonReader reader = new GeoJsonReader(new GeometryFactory(new PrecisionModel(), 0));
        List<SourceFeature> features = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            features.add(feature(nodes.get(i), i, reader));
        }
        return new Result(features, declaredCrs(root));
    }

    private static SourceFeature feature(JsonNode node, int index, GeoJsonReader reader) {
        String id = node.hasNonNull("id") ? node.get("id").asText() : "#" + (index + 1);
        Map<String, Object> props = new LinkedHashMap<>();
        node.path("properties").fields().forEachRemaining(e -> props.put(e.getKey(), scalar(e.getValue())));
        JsonNode geometry = node.get("geometry");
        if (geometry == null || geometry.isNull()) {
            return new SourceFeature(id, props, null, FeatureProblem.of("no-geometry"));
        }
        try {
            Geometry g = reader.read(geometry.toString());
            return new SourceFeature(id, props, g, null);
        } catch (ParseException | RuntimeException e) {
            return new SourceFeature(id, props, null, FeatureProblem.of("unreadable-geometry", e.getMessage()));
        }
    }

    private static Object scalar(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.isIntegralNumber() ? (Object) v.asLong() : (Object) v.asDouble();
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    /** "EPSG:4490" for {"crs":{"properties":{"name":"urn:ogc:def:crs:EPSG::4490"}}}; null when absent or CRS84. */
    private static String declaredCrs(JsonNode root) {
        String name = root.path("crs").path("properties").path("name").asText("");
        if (name.isEmpty() || name.endsWith("CRS84") || name.endsWith("4326")) {
            return null;
        }
        int colon = name.lastIndexOf(':');
        String code = colon >= 0 ? name.substring(colon + 1) : name;
        return code.chars().allMatch(Character::isDigit) && !code.isEmpty() ? "EPSG:" + code : name;
    }
}

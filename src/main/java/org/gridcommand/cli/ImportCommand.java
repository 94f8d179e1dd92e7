package org.gridcommand.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridcommand.cli.intake.ImportTicketsCommand;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.io.FeatureFileException;
import org.gridcommand.service.Backend;
import org.gridcommand.service.imports.GridImportOptions;
import org.gridcommand.service.imports.GridImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code gridcommand import …}: brings real data in. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import real data files.",
        subcommands = {ImportCommand.Grids.class, ImportTicketsCommand.class})
final class ImportCommand {
    @ParentCommand
    RootCommand root;

    /** Exit status when the file was read but some features were rejected (see the report). */
    static final int SOME_REJECTED = 3;

    @Command(name = "grids", mixinStandardHelpOptions = true, description = {
        "Import boundaries at one level from GeoJSON or Shapefile (.shp with .dbf, .prj, .cpg).",
        "Invalid polygons are repaired or rejected with the feature and reason; a re-import updates in place.",
        "The whole file is imported in one transaction, or nothing: a crash or kill mid-way leaves the database as "
            + "it was (the next open rolls the unfinished import back); then run it again.",
        "Exit status: 0 all imported, 3 some features rejected, 1 the file could not be read (nothing written)."})
    static final class Grids implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;

        @Parameters(paramLabel = "FILE", description = "GeoJSON (.geojson/.json) or Shapefile (.shp)")
        Path file;

        @Option(names = "--level", required = true, description = "STREET, COMMUNITY, GRID or MICRO_GRID")
        String level;

        @Option(names = "--code-field", required = true, description = "Attribute with the area code")
        String codeField;

        @Option(names = "--name-field", description = "Attribute with the name (default: the code)")
        String nameField;

        @Option(names = "--parent-field", description = "Attribute with the parent's code (default: by location)")
        String parentField;

        @Option(names = "--crs", description = "Source system: WGS84, CGCS2000, GCJ02, BD09 or EPSG:n "
                + "(default: the file's .prj / crs member, else WGS84)")
        String crs;

        @Option(names = "--encoding", description = "Shapefile field names' and attributes' encoding, e.g. GBK, "
                + "UTF-8 (default: the .cpg, else the .dbf's code page byte, else UTF-8 when valid, else GBK)")
        String encoding;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            AreaLevel lvl;
            try {
                lvl = AreaLevel.valueOf(level.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown level '" + level + "': use STREET, COMMUNITY, GRID or "
                        + "MICRO_GRID.");
            }
            Charset charset = encoding == null ? null : Charset.forName(encoding);
            RootCommand root = parent.root;
            BulkLoadCompaction compaction = database.bulkLoadCompaction();
            GridImportReport report;
            try (Backend backend = database.openSignedIn(null)) {
                try {
                    report = backend.gridImports().importFile(file,
                            new GridImportOptions(lvl, codeField, nameField, parentField, crs, charset));
                } catch (FeatureFileException e) {
                    System.err.println("gridcommand: " + e.getMessage() + " Nothing was imported.");
                    return 1;
                }
            }
            // printed once the database is closed: the import is committed and on disk by then
            print(report);
            compaction.afterLoad(new CliMessages(root.locale()), System.out);
            return report.rejected() > 0 ? SOME_REJECTED : 0;
        }

        private void print(GridImportReport r) {
            System.out.printf("%s: %d features read in %s — %d created, %d updated, %d repaired, %d rejected%n",
                    file.getFileName(), r.features(), r.crs(), r.created(), r.updated(), r.repaired(), r.rejected());
            for (GridImportReport.Note n : r.notes()) {
                System.out.printf("  %-8s %-14s %-12s %s%n", n.kind(), n.feature(), n.code() == null ? "-" : n.code(),
                        n.reason().describe(Locale.ENGLISH));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", file.toString());
            json.put("features", r.features());
            json.put("created", r.created());
            json.put("updated", r.updated());
            json.put("repaired", r.repaired());
            json.put("rejected", r.rejected());
            System.out.println(Json.line(json));
        }
    }
}

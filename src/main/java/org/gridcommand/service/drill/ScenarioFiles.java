package org.gridcommand.service.drill;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridcommand.domain.drill.Scenario;
import org.gridcommand.domain.drill.ScenarioProblem;
import org.gridcommand.domain.drill.ScenarioRules;

/**
 * Scenario files: YAML ({@code .yaml}/{@code .yml}) and spreadsheets ({@code .xlsx}) in, and out again. Reading
 * never throws for bad content: every problem comes back with where it is.
 */
public final class ScenarioFiles {
    private final YAMLMapper yaml = new YAMLMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());

    /** Reads {@code file} and checks it on its own (not yet against a city). */
    public ScenarioLoad read(Path file) {
        JsonNode tree;
        try (InputStream in = Files.newInputStream(file)) {
            tree = isXlsx(file) ? ScenarioXlsx.read(in) : yaml.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return failed(ScenarioProblem.of("file", "", "scenario.badYaml", at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), e.getOriginalMessage()));
        } catch (NoSuchFileException e) {
            return failed(ScenarioProblem.of("file", "", "scenario.noFile", file));
        } catch (IOException | RuntimeException e) {
            return failed(ScenarioProblem.of("file", "", "scenario.unreadable", file, e.getMessage()));
        }
        ScenarioReader reader = new ScenarioReader();
        Scenario scenario = reader.read(tree);
        List<ScenarioProblem> problems = new ArrayList<>(reader.problems());
        if (scenario != null && problems.isEmpty()) {
            problems.addAll(ScenarioRules.check(scenario));
        }
        return new ScenarioLoad(scenario, problems);
    }

    /** Writes {@code scenario} to {@code file} as YAML or XLSX (by its name); the file appears only when complete. */
    public void write(Scenario scenario, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            if (isXlsx(file)) {
                ScenarioXlsx.write(ScenarioTree.of(scenario), out);
            } else {
                yaml.writeValue(out, ScenarioTree.of(scenario));
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean isXlsx(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    private static ScenarioLoad failed(ScenarioProblem p) {
        return new ScenarioLoad(null, List.of(p));
    }
}

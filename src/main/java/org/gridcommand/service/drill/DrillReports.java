package org.gridcommand.service.drill;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the after-action report as JSON ({@code OUT.json}) and PDF ({@code OUT.pdf}); each appears only whole. */
public final class DrillReports {
    private DrillReports() {
    }

    /**
     * @param out the report's path without or with an extension: {@code aar} gives {@code aar.json} and {@code aar.pdf}
     */
    public static Path[] write(AfterActionReport report, Path out, DrillWords words) throws IOException {
        String base = out.toString().replaceAll("\\.(json|pdf)$", "");
        Path json = Path.of(base + ".json");
        Path pdf = Path.of(base + ".pdf");
        if (json.getParent() != null) {
            Files.createDirectories(json.getParent());
        }
        writeWhole(json, o -> AarJson.write(report, o));
        writeWhole(pdf, o -> new AarPdf(words).write(report, o));
        return new Path[] {json, pdf};
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static void writeWhole(Path file, Writing writing) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream o = Files.newOutputStream(partial)) {
            writing.to(o);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

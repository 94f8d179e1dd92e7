package org.gridcommand.service.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import org.gridcommand.domain.event.Phrase;

/**
 * Opens a hotline export (CSV or JSON, by extension) as a stream of {@link TicketRow}s, decoding it strictly: a
 * BOM decides the encoding, else the mapping's (UTF-8 by default). A file in another encoding than declared is
 * refused whole with a hint, rather than imported as mojibake.
 */
abstract class TicketFile implements Iterator<TicketRow>, AutoCloseable {

    static TicketFile open(Path file, TicketMapping mapping) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            Reader reader = reader(Files.newInputStream(file), mapping.encoding());
            return name.endsWith(".json") ? new JsonTicketFile(reader, mapping) : new CsvTicketFile(reader, mapping);
        } catch (IOException e) {
            throw new TicketFileException(Phrase.of("ticketFile.cannotRead", file, String.valueOf(e.getMessage())), e);
        }
    }

    /** A decoding reader: the BOM's charset, else {@code declared}, else UTF-8; malformed bytes are an error. */
    static Reader reader(InputStream raw, Charset declared) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(4);
        byte[] head = in.readNBytes(3);
        Charset charset = declared == null ? StandardCharsets.UTF_8 : declared;
        int skip = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        in.reset();
        in.skipNBytes(skip);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    /** Explains a decoding failure with the likely fix. */
    static TicketFileException encodingProblem(TicketMapping mapping, Throwable cause) {
        String declared = mapping.encoding() == null ? "UTF-8" : mapping.encoding().name();
        return new TicketFileException(Phrase.of("ticketFile.encoding", declared, "encoding"), cause);
    }

    static boolean isEncodingProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public abstract void close();
}

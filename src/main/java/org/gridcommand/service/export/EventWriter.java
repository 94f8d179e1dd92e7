package org.gridcommand.service.export;

import java.io.IOException;

/** Writes exported events one at a time, so that an export never holds them all in memory. */
interface EventWriter {
    void begin() throws IOException;

    void write(ExportedEvent e) throws IOException;

    /** Closes the document (the output stream stays open: it is the caller's). */
    void end() throws IOException;
}

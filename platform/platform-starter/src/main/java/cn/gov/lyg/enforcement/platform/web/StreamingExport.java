package cn.gov.lyg.enforcement.platform.web;

import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import java.io.OutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Answers an export as a stream: the caller's {@link ExportSlots slot} is taken before the response starts (429
 * {@code EXPORT_IN_PROGRESS} when one of their exports is still running) and given back when {@code writer} is done,
 * whatever happened. The writer runs on the MVC async thread with the caller's security context, reading its rows from
 * a database cursor and writing them straight onto the response, so no export is held in memory.
 */
public final class StreamingExport {

    /** Writes the export onto the response stream. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws Exception;
    }

    private StreamingExport() {
    }

    public static ResponseEntity<StreamingResponseBody> of(ExportSlots slots, String filename, MediaType type,
                                                           Writer writer) {
        var scope = CurrentScope.get();
        ExportSlots.Slot slot = slots.acquire(scope.subject() != null ? scope.subject() : scope.auditName());
        StreamingResponseBody body = out -> {
            try (slot) {
                writer.write(out);
                out.flush();
            } catch (java.io.IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}

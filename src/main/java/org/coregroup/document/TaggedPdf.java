package org.coregroup.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.web.util.HtmlUtils;

/**
 * XHTML to an accessible PDF with openhtmltopdf (ADR 0028): tagged for screen readers (PDF/UA:
 * structure tree, reading order, the title shown in the window, the document's language), with its
 * one font embedded. The font is Liberation Sans, which PDFBox carries, so no font has to be
 * installed. Shared by the family's documents and the transfer record (ADR 0036).
 */
public final class TaggedPdf {

  public static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private TaggedPdf() {
  }

  /** Text for XHTML: markup escaped, and the control characters XML cannot hold dropped. */
  public static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""), "UTF-8");
  }

  /** A whole XHTML document in British English: its title (the PDF's title and subject), style and body. */
  public static String xhtml(String title, String style, String body) {
    return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\"><head>"
        + "<meta charset=\"UTF-8\"/><title>" + escape(title) + "</title>"
        + "<meta name=\"subject\" content=\"" + escape(title) + "\"/>"
        + "<style>" + style + "</style></head><body>" + body + "</body></html>";
  }

  public static byte[] render(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessibility(true);
      builder.useFont(() -> PDDocument.class.getResourceAsStream(FONT), "Liberation Sans");
      builder.withProducer("Core Group");
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("The PDF could not be made", e);
    }
    return out.toByteArray();
  }
}

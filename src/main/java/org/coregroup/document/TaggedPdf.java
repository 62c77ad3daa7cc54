package org.coregroup.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.pdfbox.pdmodel.PDDocument;

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

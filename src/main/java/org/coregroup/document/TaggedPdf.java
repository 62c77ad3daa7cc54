package org.coregroup.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.web.util.HtmlUtils;

/**
 * XHTML to an accessible PDF with openhtmltopdf (ADR 0028): tagged for screen readers (PDF/UA:
 * structure tree, reading order, the title shown in the window, the document's language), with its
 * one font embedded. The font is Liberation Sans, which PDFBox carries, so no font has to be
 * installed. Shared by the family's documents and the transfer record (ADR 0036).
 *
 * <p>The font is embedded without its glyph substitution table (ligatures such as "fi" drawn as one
 * glyph). For a font with that table PDFBox 3 builds a regular expression of every substitutable glyph
 * sequence again for each string it draws: 40% of a document's time while the PDF code is still new
 * to the JVM, about 12% once it has made a hundred (ADR 0034). Plain English
 * needs no ligatures, and text is normalised to composed characters (an accented letter is one
 * character, as the font draws it) so nothing relies on the table.
 */
public final class TaggedPdf {

  /** Liberation Sans as PDFBox carries it (package-private for the font's test). */
  static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  /**
   * The tables that draw text: outlines, metrics, hinting, the character map, names. Named, since the
   * subsetter given no list copies every table, the substitution table too.
   */
  private static final List<String> DRAWING_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
      "hmtx", "fpgm", "gasp", "OS/2", "cmap", "name", "post");

  /** {@link #FONT} with every character it draws and no glyph substitution table; made once. */
  private static final byte[] FONT_WITHOUT_SUBSTITUTIONS = withoutSubstitutions(FONT);

  private TaggedPdf() {
  }

  /** The font the renderer embeds ({@link #FONT_WITHOUT_SUBSTITUTIONS}), for its test. */
  static byte[] font() {
    return FONT_WITHOUT_SUBSTITUTIONS.clone();
  }

  /** Text for XHTML: composed (NFC), markup escaped, and the control characters XML cannot hold dropped. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC); // an accent drawn with its letter
    return HtmlUtils.htmlEscape(composed.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""), "UTF-8");
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
      builder.useFont(() -> new ByteArrayInputStream(FONT_WITHOUT_SUBSTITUTIONS), "Liberation Sans");
      builder.withProducer("Core Group");
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("The PDF could not be made", e);
    }
    return out.toByteArray();
  }

  /**
   * The font rewritten by FontBox's subsetter with every character of its Unicode map and only the
   * {@link #DRAWING_TABLES}: no substitution, positioning or kerning tables (the renderer positions
   * glyphs by their widths alone).
   */
  private static byte[] withoutSubstitutions(String resource) {
    try (InputStream in = PDDocument.class.getResourceAsStream(resource);
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
      TTFSubsetter whole = new TTFSubsetter(font, DRAWING_TABLES);
      CmapLookup characters = font.getUnicodeCmapLookup();
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        if (characters.getGlyphId(c) != 0) {
          whole.add(c);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      whole.writeToStream(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The documents' font could not be read", e);
    }
  }
}

package org.coregroup.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The font the family's documents and the transfer record are drawn with. */
class TaggedPdfTest {

  @Test
  @DisplayName("Scale: the documents' font has no glyph substitution table (PDFBox rebuilds its patterns for each line drawn) and still draws every character of Liberation Sans")
  void fontWithoutSubstitutionTable() throws Exception {
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(TaggedPdf.font()));
        InputStream in = PDDocument.class.getResourceAsStream(TaggedPdf.FONT);
        TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
      assertThat(font.getTableMap()).doesNotContainKeys("GSUB", "GPOS", "GDEF");
      assertThat(font.getTableMap()).containsKeys("glyf", "cmap", "hmtx", "name", "post");
      CmapLookup drawn = font.getUnicodeCmapLookup();
      CmapLookup liberation = original.getUnicodeCmapLookup();
      int characters = 0;
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        if (liberation.getGlyphId(c) != 0) {
          characters++;
          assertThat(drawn.getGlyphId(c)).as("character U+%04X", c).isNotZero();
        }
      }
      assertThat(characters).isGreaterThan(2000);
    }
  }
}

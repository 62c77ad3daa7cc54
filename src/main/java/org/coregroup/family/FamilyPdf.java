package org.coregroup.family;

import org.coregroup.document.TaggedPdf;

/** The family's documents as accessible PDF: the shared renderer {@link TaggedPdf} (ADR 0028). */
final class FamilyPdf {

  private FamilyPdf() {
  }

  static byte[] render(String xhtml) {
    return TaggedPdf.render(xhtml);
  }
}

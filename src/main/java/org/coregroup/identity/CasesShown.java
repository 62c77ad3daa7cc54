package org.coregroup.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What one of the product's own pages showed a signed-in person (the oversight page, the family's
 * documents, the census), handed to the audit trail with the request: the page names the cases
 * it showed and says in words what it was, and the trail's filter records it once the page has
 * been answered. Kept as request attributes, so a page does not depend on the audit trail.
 */
public final class CasesShown {

  static final String CASES = CasesShown.class.getName() + ".cases";
  static final String WHAT = CasesShown.class.getName() + ".what";

  private CasesShown() {
  }

  /** The page showed these cases ({@code what}: "opened the oversight page"). */
  public static void record(HttpServletRequest request, String what, Collection<String> caseReferences) {
    request.setAttribute(WHAT, what);
    request.setAttribute(CASES, List.copyOf(caseReferences));
  }

  /** What the page said it showed; empty when it showed nothing (a refusal). */
  public static String what(HttpServletRequest request) {
    Object what = request.getAttribute(WHAT);
    return what == null ? null : what.toString();
  }

  public static List<String> cases(HttpServletRequest request) {
    Object cases = request.getAttribute(CASES);
    List<String> references = new ArrayList<>();
    if (cases instanceof Collection<?> all) {
      all.forEach(c -> references.add(String.valueOf(c)));
    }
    return references;
  }
}

package org.coregroup.audit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.coregroup.calendar.EngineClock;
import org.coregroup.identity.CasesShown;
import org.coregroup.identity.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the looks at cases through the product's own pages (the oversight page and its CSV, the
 * family's documents, the census), which do not pass the engine APIs: one READ row per case the
 * page says it showed ({@link CasesShown}), or one row without a case for a page that covers every
 * case (the census) or showed none. A refused page showed nothing and is recorded with its status.
 */
class ProductPagesAudit implements Filter {

  private static final Logger LOG = LoggerFactory.getLogger(ProductPagesAudit.class);
  static final String CHANNEL = "Product page";

  private final SignedInUser signedIn;
  private final AuditLog log;

  ProductPagesAudit(SignedInUser signedIn, AuditLog log) {
    this.signedIn = signedIn;
    this.log = log;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)) {
      chain.doFilter(request, response);
      return;
    }
    var user = signedIn.of(http);
    if (user.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    var at = EngineClock.now().toInstant();
    try {
      chain.doFilter(request, response);
    } finally {
      try {
        record(user.get().id(), http, ((HttpServletResponse) response).getStatus(), at);
      } catch (RuntimeException e) {
        LOG.error("Could not record a page of {} in the audit trail: {}", user.get().id(), http.getRequestURI(), e);
      }
    }
  }

  private void record(String userId, HttpServletRequest request, int status, java.time.Instant at) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      path = path + "?" + request.getQueryString();
    }
    String what = CasesShown.what(request);
    List<String> cases = CasesShown.cases(request);
    List<AuditEvent> events = new ArrayList<>();
    if (cases.isEmpty()) {
      events.add(new AuditEvent(at, userId, null, AuditEvent.Action.READ, CHANNEL, request.getMethod(), path,
          what == null ? "refused" : what, status));
    }
    for (String reference : cases) {
      events.add(new AuditEvent(at, userId, reference, AuditEvent.Action.READ, CHANNEL, request.getMethod(), path, what, status));
    }
    log.append(events);
  }
}

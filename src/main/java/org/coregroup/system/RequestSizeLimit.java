package org.coregroup.system;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body larger than {@code spring.servlet.multipart.max-request-size} (10 MB): the
 * engine REST API reads attachments and deployments itself (Jersey), past Spring's multipart
 * limits, and keeps them in the database. A larger request is refused with 413 and a plain
 * message before its body is read. A body sent in chunks, without a length, is read here up to
 * the limit: one byte more and it is refused the same way; within it, it is passed on as read
 * (with its length). Form posts are left to Tomcat, which limits them itself, chunked or not
 * ({@code server.tomcat.max-http-form-post-size}).
 */
@Configuration
class RequestSizeLimit {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(
      @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize limit) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Limit(limit.toBytes()));
    registration.setName("request-size-limit");
    registration.addUrlPatterns("/*");
    // before anything that reads the body, authentication included
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static String message(long limit) {
    return "The upload is too large: at most " + DataSize.ofBytes(limit).toMegabytes()
        + " MB can be sent at once. Attach a smaller file, or split it.";
  }

  static final class Limit extends OncePerRequestFilter {
    private final long limit;

    Limit(long limit) {
      this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (request.getContentLengthLong() > limit) {
        refuse(response);
        return;
      }
      if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null && !isFormPost(request)) {
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
          refuse(response);
          return;
        }
        chain.doFilter(new ReadBody(request, body), response);
        return;
      }
      chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response) throws IOException {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      // Tomcat closes the connection instead of reading a large unread body
      response.setHeader("Connection", "close");
      response.getWriter().write("{\"type\":\"RequestTooLarge\",\"message\":\"" + message(limit) + "\"}");
    }

    private static boolean isFormPost(HttpServletRequest request) {
      String type = request.getContentType();
      return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }
  }

  /** A chunked request's body, read whole within the limit, passed on with its length. */
  static final class ReadBody extends HttpServletRequestWrapper {
    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body has been read already");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
